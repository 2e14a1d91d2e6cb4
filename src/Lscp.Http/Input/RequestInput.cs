using Lscp.Contracts;
using System.Globalization;
using Lscp.Contracts.Json;
using Lscp.Adapters;
using Lscp.Model;
using NodaTime;

namespace Lscp.Http.Input;

/// <summary>
/// Reads the query and route values of one request (dates, whole numbers, choices); the rest of reading (the
/// partnership, records, rulebook, date ranges) is <see cref="QueryReader"/>'s, shared with the scenario runner. Nothing
/// throws: each problem is recorded in <see cref="QueryReader.Errors"/> with the element's name as the caller wrote it.
/// </summary>
internal sealed class RequestInput(LscpOptions options)
    : QueryReader(new QuerySettings(options.Partnerships, options.Calendar, options.Rulebook, options.MaxPeriodYears))
{
    /// <summary>The options the request is answered with.</summary>
    public LscpOptions Options { get; } = options;

    /// <summary>A required ISO date within the calendar's range.</summary>
    public LocalDate? Date(string? value, string name)
    {
        // An empty query parameter is a missing one.
        if (IsoDate.Read(string.IsNullOrWhiteSpace(value) ? null : value, required: true, out var problem) is not { } date)
        {
            Errors.Invalid(name, problem!);
            return null;
        }

        return InRange(date, name) ? date : null;
    }

    /// <summary>A required whole number from <paramref name="min"/> to <paramref name="max"/>, written plainly (digits, an optional minus).</summary>
    public int? Whole(string? value, string name, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors.Invalid(name, $"is required: a whole number from {min} to {max}.");
            return null;
        }

        // Canonical only: no sign but a minus, no leading zeros, no "-0"; the number must read back as the same text.
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            && string.Equals(number.ToString(CultureInfo.InvariantCulture), value, StringComparison.Ordinal))
        {
            return number;
        }

        Errors.Invalid(name, $"'{Echo.Of(value)}' is not a whole number from {min} to {max}.");
        return null;
    }

    /// <summary>One of <paramref name="choices"/>, or <paramref name="fallback"/> when absent.</summary>
    public string? Choice(string? value, string name, string fallback, params string[] choices)
    {
        if (value is null)
        {
            return fallback;
        }

        if (choices.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        Errors.Invalid(name, $"'{Echo.Of(value)}' is not one of {string.Join(", ", choices)}.");
        return null;
    }
}

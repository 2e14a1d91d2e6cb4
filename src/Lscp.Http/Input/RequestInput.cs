using Lscp.Contracts;
using System.Globalization;
using Lscp.Contracts.Json;
using Lscp.Http.Problems;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Lscp.Http.Input;

/// <summary>
/// Reads the query and route values of one request, and checks dates against the supported range. Nothing throws: each
/// problem is recorded in <see cref="Errors"/> with the element's name as the caller wrote it, and the reader returns null.
/// </summary>
internal sealed class RequestInput(LscpOptions options)
{
    /// <summary>What is wrong so far.</summary>
    public RequestErrors Errors { get; } = new();

    /// <summary>The options the request is answered with.</summary>
    public LscpOptions Options { get; } = options;

    /// <summary>The last date accepted in records and evaluation dates.</summary>
    public LocalDate LastRecordDate => RecordDates.LastDate(Options.Calendar);

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

    /// <summary>True when <paramref name="date"/> is within the calendar's range; otherwise records the problem at <paramref name="path"/>.</summary>
    public bool InRange(LocalDate date, string path) => InRange(date, path, Options.Calendar.MaxDate);

    /// <summary>True when <paramref name="date"/>, a date in records or an evaluation date, is within the range clocks can count in.</summary>
    public bool InRecordRange(LocalDate? date, string path) => date is not { } d || InRange(d, path, LastRecordDate);

    /// <summary>Every date in <paramref name="records"/> within the range clocks can count in; paths start at <paramref name="root"/>.</summary>
    public void InRecordRange(PartnershipRecords records, string root) => Errors.Invalid(RecordDates.Validate(records, Options.Calendar, root));

    /// <summary>Every date of <paramref name="incident"/> within the range clocks can count in.</summary>
    public void InRecordRange(SeriousIncident incident, string path) => Errors.Invalid(RecordDates.Validate(incident, Options.Calendar, path));

    /// <summary>Every date of <paramref name="report"/> within the range clocks can count in.</summary>
    public void InRecordRange(YearlyReport report, string path) => Errors.Invalid(RecordDates.Validate(report, Options.Calendar, path));

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

    /// <summary>At most 40 characters of a rejected value, so an answer never repeats a large input.</summary>
    private bool InRange(LocalDate date, string path, LocalDate max)
    {
        if (date >= Options.Calendar.MinDate && date <= max)
        {
            return true;
        }

        Errors.Invalid(path, $"{date:uuuu-MM-dd} is outside the supported range, {Options.Calendar.MinDate:uuuu-MM-dd} to {max:uuuu-MM-dd} inclusive.");
        return false;
    }
}

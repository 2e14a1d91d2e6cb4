using Lscp.Contracts;
using NodaTime;
using NodaTime.Text;

namespace Lscp.Model.Serialization;

/// <summary>
/// What the document mappers share: a list of errors with JSON paths, and readers for the field kinds (text, identifiers,
/// dates, enums, lists) that add an error instead of throwing, and <see cref="Create{T}"/>, which reports a model type's
/// broken invariants at their fields before constructing it.
/// </summary>
internal abstract class DocumentMapper
{
    /// <summary>A date as the documents write it: yyyy-MM-dd.</summary>
    protected static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>An optional date as the documents write it, or null.</summary>
    protected static string? Format(LocalDate? date) => date is { } d ? Format(d) : null;

    /// <summary>Every problem found so far.</summary>
    protected List<ValidationError> Errors { get; } = [];

    protected void Error(string path, string message) => Errors.Add(new(path, message));

    protected List<T> Each<TDocument, T>(IReadOnlyList<TDocument?>? items, string path, Func<TDocument, string, T?> map, bool required = false)
        where TDocument : class
        where T : class
    {
        if (items is null)
        {
            if (required)
            {
                Error(path, "is required.");
            }

            return [];
        }

        var results = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                Error($"{path}[{i}]", "must not be null.");
            }
            else if (map(item, $"{path}[{i}]") is { } result)
            {
                results.Add(result);
            }
        }

        return results;
    }

    protected string? Text(string? value, string path)
    {
        if (value is null)
        {
            Error(path, "is required.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Error(path, "must not be empty.");
            return null;
        }

        return value.Trim();
    }

    protected string? Id(string? value, string path)
    {
        if (Text(value, path) is not { } text)
        {
            return null;
        }

        if (!DomainGuards.IsId(text))
        {
            Error(path, $"'{Echo.Of(text)}' is not an identifier: use 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit.");
            return null;
        }

        return text;
    }

    protected LocalDate? Date(string? value, string path, bool required)
    {
        var date = IsoDate.Read(value, required, out var problem);
        if (problem is not null)
        {
            Error(path, problem);
        }

        return date;
    }

    protected AnnualDate? AnnualDate(string? value, string path)
    {
        if (value is null)
        {
            Error(path, "is required: the day each rotation year starts, as MM-dd (04-01 for the financial year).");
            return null;
        }

        var result = AnnualDatePattern.Iso.Parse(value);
        if (!result.Success)
        {
            Error(path, $"'{Echo.Of(value)}' is not a day of the year; write MM-dd, such as 04-01.");
            return null;
        }

        return result.Value;
    }

    protected EffectivePeriod? Period(string? from, string? to, string path)
    {
        var start = Date(from, $"{path}.from", required: true);
        var end = Date(to, $"{path}.to", required: false);
        if (start is not { } s || (to is not null && end is null))
        {
            return null;
        }

        if (end is { } e && e < s)
        {
            Error($"{path}.to", $"{to} is before the start, {from}.");
            return null;
        }

        return new EffectivePeriod(s, end);
    }

    protected T? Enum<T>(string? value, string path)
        where T : struct, Enum
    {
        if (value is null)
        {
            Error(path, $"is required: one of {string.Join(", ", EnumNames<T>.All)}.");
            return null;
        }

        if (!EnumNames<T>.TryParse(value, out var parsed))
        {
            Error(path, $"'{Echo.Of(value)}' is not one of {string.Join(", ", EnumNames<T>.All)}.");
            return null;
        }

        return parsed;
    }

    /// <summary>
    /// Reports each invariant in <paramref name="broken"/> at the field it came from (<paramref name="path"/> plus the
    /// parameter's name, or the field <paramref name="fields"/> maps it to), and calls <paramref name="create"/> only when
    /// none is broken. The model type's own <c>Check</c> supplies <paramref name="broken"/>, so its constructor never
    /// throws here and no exception is caught and reworded.
    /// </summary>
    protected T? Create<T>(IEnumerable<Invariant> broken, string path, Func<T> create, params ReadOnlySpan<(string Parameter, string Field)> fields)
        where T : class
    {
        var before = Errors.Count;
        foreach (var invariant in broken)
        {
            var field = invariant.Parameter;
            foreach (var (parameter, documentField) in fields)
            {
                if (parameter == invariant.Parameter)
                {
                    field = documentField;
                }
            }

            Error($"{path}.{field}", invariant.Message);
        }

        return Errors.Count > before ? null : create();
    }
}

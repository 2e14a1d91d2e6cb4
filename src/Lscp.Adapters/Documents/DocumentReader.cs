using Lscp.Contracts;
using NodaTime;
using NodaTime.Text;

using Lscp.Model;

namespace Lscp.Adapters;

/// <summary>
/// The one reader of document fields: text, identifiers, dates, days of the year, periods, enums and lists. Each reader
/// adds an error at the field's path instead of throwing, and returns null; one wording per kind of problem. The
/// partnership, records and rulebook readers use it, as do the scenario reader and the service.
/// <see cref="Holds"/> reports a model type's broken invariants at their fields before it is constructed.
/// </summary>
public class DocumentReader
{
    private readonly List<ValidationError> _errors = [];
    /// <summary>A date as the documents write it: yyyy-MM-dd.</summary>
    private protected static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>An optional date as the documents write it, or null.</summary>
    private protected static string? Format(LocalDate? date) => date is { } d ? Format(d) : null;

    /// <summary>Every problem found so far, in the order found.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>Records a problem at <paramref name="path"/>.</summary>
    public void Error(DocumentPath path, string message) => _errors.Add(new(path.ToString(), message));

    /// <summary>Records problems found elsewhere (a model type's checks, another reader).</summary>
    public void Error(IEnumerable<ValidationError> errors) => _errors.AddRange(errors);

    /// <summary>Each item of an optional list mapped by <paramref name="map"/> at <c>path[i]</c> (a path formatted only for an error); a null item is an error.</summary>
    public List<T> Each<TDocument, T>(IReadOnlyList<TDocument?>? items, DocumentPath path, Func<TDocument, DocumentPath, T?> map, bool required = false)
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
        if (items.Count > 0)
        {
            path = path.Written();
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                Error(path.Item(i), "must not be null.");
            }
            else if (map(item, path.Item(i)) is { } result)
            {
                results.Add(result);
            }
        }

        return results;
    }

    /// <summary>Required text, trimmed; null (with the error) when missing or blank.</summary>
    public string? Text(string? value, DocumentPath path)
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

    /// <summary>A required identifier: 1 to 64 lower-case letters, digits and hyphens.</summary>
    public string? Id(string? value, DocumentPath path)
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

    /// <summary>An ISO date (yyyy-MM-dd), read by <see cref="IsoDate.Read"/>.</summary>
    public LocalDate? Date(string? value, DocumentPath path, bool required)
    {
        var date = IsoDate.Read(value, required, out var problem);
        if (problem is not null)
        {
            Error(path, problem);
        }

        return date;
    }

    /// <summary>A required day of the year, MM-dd.</summary>
    public AnnualDate? AnnualDate(string? value, DocumentPath path)
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

    /// <summary>A period from <c>path.from</c> (required) to <c>path.to</c> (optional: open-ended), both ends inclusive.</summary>
    public EffectivePeriod? Period(string? from, string? to, DocumentPath path)
    {
        var start = Date(from, path.Field("from"), required: true);
        var end = Date(to, path.Field("to"), required: false);
        if (start is not { } s || (to is not null && end is null))
        {
            return null;
        }

        if (end is { } e && e < s)
        {
            Error(path.Field("to"), EffectivePeriod.EndBeforeStart(s, e));
            return null;
        }

        return new EffectivePeriod(s, end);
    }

    /// <summary>
    /// A closed range of days from <paramref name="start"/> to <paramref name="end"/>, both ends inclusive, both read already (null when missing or
    /// refused, with the error recorded); an end before the start is an error at <paramref name="endPath"/>.
    /// </summary>
    public DateInterval? Interval(LocalDate? start, LocalDate? end, DocumentPath endPath)
    {
        if (start is not { } s || end is not { } e)
        {
            return null;
        }

        if (e < s)
        {
            Error(endPath, EffectivePeriod.EndBeforeStart(s, e));
            return null;
        }

        return new DateInterval(s, e);
    }

    /// <summary>A required enum member by its camelCase name (<see cref="EnumNames"/>).</summary>
    public T? Enum<T>(string? value, DocumentPath path)
        where T : struct, Enum
    {
        if (value is null)
        {
            Error(path, $"is required: one of {string.Join(", ", EnumNames.All<T>())}.");
            return null;
        }

        if (!EnumNames.TryParse<T>(value, out var parsed))
        {
            Error(path, $"'{Echo.Of(value)}' is not one of {string.Join(", ", EnumNames.All<T>())}.");
            return null;
        }

        return parsed;
    }

    /// <summary>
    /// Reports each invariant in <paramref name="broken"/> at the field it came from (<paramref name="path"/> plus the
    /// parameter's name, or the field <paramref name="fields"/> maps it to); true when none is broken, and the caller then
    /// constructs the value. The model type's own <c>Check</c> supplies <paramref name="broken"/>, so its constructor never
    /// throws here and no exception is caught and reworded (and, asked this way, no closure is made per item).
    /// </summary>
    private protected bool Holds(IEnumerable<Invariant> broken, DocumentPath path, params ReadOnlySpan<(string Parameter, string Field)> fields)
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

            Error(path.Field(field), invariant.Message);
        }

        return Errors.Count == before;
    }
}

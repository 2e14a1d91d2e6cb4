using Lscp.Model;
using NodaTime;

namespace Lscp.Rules.Compliance;

/// <summary>
/// Days in which a body exists with one cadence, across versions of the arrangements (<see cref="ComplianceContext.CadenceRuns"/>).
/// Built up version by version inside the context and read-only to the rules; a class, not a record, so extending a
/// run allocates nothing (every evaluation builds these).
/// </summary>
internal sealed class CadenceRun(Body body, LocalDate from, LocalDate to)
{
    private List<(string Title, LocalDate From)>? _changes;

    /// <summary>The body as the first version of the run describes it.</summary>
    public Body Body { get; } = body;

    /// <summary>The first day, inclusive.</summary>
    public LocalDate From { get; } = from;

    /// <summary>The last day, inclusive.</summary>
    public LocalDate To { get; private set; } = to;

    /// <summary>Continues the run into a later version, from <paramref name="from"/> (the day after <see cref="To"/>) to <paramref name="to"/>.</summary>
    public void Extend(string title, LocalDate from, LocalDate to)
    {
        (_changes ??= []).Add((title, from));
        To = to;
    }

    /// <summary>The words a finding adds when the days it concerns span a change of arrangements, or nothing.</summary>
    public string Spanning(LocalDate start, LocalDate end)
    {
        var within = _changes?.Where(c => c.From > start && c.From <= end).ToList() ?? [];
        return within.Count == 0
            ? string.Empty
            : $" These days span a change of arrangements ({string.Join("; ", within.Select(c => $"{c.Title}, from {c.From:uuuu-MM-dd}"))}); the body and its cadence are the same under both, so they are judged as one.";
    }
}

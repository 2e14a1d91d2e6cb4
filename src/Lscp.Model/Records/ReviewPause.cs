using NodaTime;

namespace Lscp.Model.Records;

/// <summary>
/// A pause in a local review's publication clock (criminal proceedings, an inquest), with its reason. The pause runs from
/// <see cref="From"/> to <see cref="To"/>, both inclusive; a null <see cref="To"/> means it is still paused.
/// </summary>
public sealed record ReviewPause
{
    /// <summary>Records a pause.</summary>
    public ReviewPause(LocalDate from, LocalDate? to, string reason)
    {
        Guard.Against.BrokenInvariants(Check(from, to));
        From = from;
        To = to;
        Reason = Guard.Against.BlankText(reason);
    }

    /// <summary>The invariants the arguments break, none when they are sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(LocalDate from, LocalDate? to)
    {
        if (to < from)
        {
            yield return new(nameof(to), $"The pause ends ({to:uuuu-MM-dd}) before it starts ({from:uuuu-MM-dd}).");
        }
    }

    /// <summary>The first paused day.</summary>
    public LocalDate From { get; }

    /// <summary>The last paused day (inclusive), or null while still paused.</summary>
    public LocalDate? To { get; }

    /// <summary>Why the review is paused, as the partners recorded it.</summary>
    public string Reason { get; }
}

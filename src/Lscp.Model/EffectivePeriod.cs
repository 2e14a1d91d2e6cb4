using NodaTime;

namespace Lscp.Model;

/// <summary>
/// The days on which something is in force: from <see cref="Start"/> to <see cref="End"/>, <b>both inclusive</b>.
/// A null <see cref="End"/> means open-ended (still in force).
/// </summary>
public readonly record struct EffectivePeriod
{
    /// <summary>Creates a period from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public EffectivePeriod(LocalDate start, LocalDate? end = null)
    {
        if (end is { } e && e < start)
        {
            throw new ArgumentException($"The period ends ({e:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>
    /// Why an end is refused by a reader of documents or a model type's checks: it is before the start. The one wording of
    /// it, whatever reads the dates ("2024-03-31 is before the start, 2024-04-01.").
    /// </summary>
    public static string EndBeforeStart(LocalDate start, LocalDate end) => $"{end:uuuu-MM-dd} is before the start, {start:uuuu-MM-dd}.";

    /// <summary>The first day in force (inclusive).</summary>
    public LocalDate Start { get; }

    /// <summary>The last day in force (inclusive), or null when open-ended.</summary>
    public LocalDate? End { get; }

    /// <summary>True when the period has no end date.</summary>
    public bool IsOpenEnded => End is null;

    /// <summary>True when <paramref name="date"/> is within the period (ends included).</summary>
    public bool Contains(LocalDate date) => date >= Start && (End is not { } end || date <= end);

    /// <summary>True when the two periods share at least one day.</summary>
    public bool Overlaps(EffectivePeriod other) =>
        (End is not { } end || other.Start <= end) && (other.End is not { } otherEnd || Start <= otherEnd);

    /// <inheritdoc/>
    public override string ToString() => End is { } end ? $"{Start:uuuu-MM-dd} to {end:uuuu-MM-dd}" : $"from {Start:uuuu-MM-dd}";
}

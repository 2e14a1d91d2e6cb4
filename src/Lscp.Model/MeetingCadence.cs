namespace Lscp.Model;

/// <summary>
/// How often a body meets: a number of meetings a year spread evenly, so one is due in each interval of
/// <see cref="IntervalMonths"/> months (bi-monthly: 6 a year, one every 2 months).
/// </summary>
public sealed record MeetingCadence
{
    /// <summary>Creates a cadence of <paramref name="meetingsPerYear"/>: 1, 2, 3, 4, 6 or 12.</summary>
    public MeetingCadence(int meetingsPerYear)
    {
        Guard.Against.BrokenInvariants(Check(meetingsPerYear));
        MeetingsPerYear = meetingsPerYear;
    }

    /// <summary>The invariants the argument breaks, none when it is sound; one list for the constructor and the readers.</summary>
    internal static IEnumerable<Invariant> Check(int meetingsPerYear)
    {
        if (meetingsPerYear is not (1 or 2 or 3 or 4 or 6 or 12))
        {
            yield return new(nameof(meetingsPerYear), $"{meetingsPerYear} meetings a year does not divide the year evenly; use 1, 2, 3, 4, 6 or 12.");
        }
    }

    /// <summary>Meetings a year.</summary>
    public int MeetingsPerYear { get; }

    /// <summary>Months between meetings (12 divided by <see cref="MeetingsPerYear"/>).</summary>
    public int IntervalMonths => 12 / MeetingsPerYear;

    /// <summary>The cadence in words, such as "bi-monthly" or "three times a year".</summary>
    public string Description => MeetingsPerYear switch
    {
        1 => "yearly",
        2 => "twice a year",
        3 => "three times a year",
        4 => "quarterly",
        6 => "bi-monthly",
        _ => "monthly",
    };
}

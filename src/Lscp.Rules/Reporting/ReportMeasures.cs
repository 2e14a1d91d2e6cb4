using System.Collections.Immutable;

namespace Lscp.Rules.Reporting;

/// <summary>
/// The support team's measures over the assessed days. How much have we done: meetings per body, incidents notified, rapid
/// reviews, local reviews, yearly reports. How well did we do it: meetings quorate, each clock on time, median working days.
/// What difference has it made: actions done on time and with evidence of impact, audits finished, themes raised again.
/// </summary>
/// <param name="Bodies">Meetings held against expected, per body.</param>
/// <param name="IncidentsNotified">Incidents notified to the Panel.</param>
/// <param name="RapidReviewsCompleted">Rapid reviews sent to the Panel.</param>
/// <param name="LocalReviewsInitiated">Local reviews initiated.</param>
/// <param name="LocalReviewsPublished">Local reviews published.</param>
/// <param name="YearlyReportsPublished">Yearly reports published.</param>
/// <param name="MeetingsHeld">Meetings held.</param>
/// <param name="MeetingsAssessedForQuorum">Meetings of bodies with a quorum rule.</param>
/// <param name="MeetingsQuorate">Of those, the quorate ones.</param>
/// <param name="PercentQuorate">Quorate as a percentage of those assessed, or null when none was.</param>
/// <param name="Clocks">Each statutory clock's performance.</param>
/// <param name="Learning">What difference it has made: the learning loop, from the recommendations, actions and audits recorded.</param>
/// <param name="Duties">The duties beyond the clocks, or null when the records carry no duty records.</param>
public sealed record ReportMeasures(
    ImmutableArray<BodyActivity> Bodies,
    int IncidentsNotified,
    int RapidReviewsCompleted,
    int LocalReviewsInitiated,
    int LocalReviewsPublished,
    int YearlyReportsPublished,
    int MeetingsHeld,
    int MeetingsAssessedForQuorum,
    int MeetingsQuorate,
    decimal? PercentQuorate,
    ImmutableArray<ClockPerformance> Clocks,
    LearningMeasures Learning,
    DutyMeasures? Duties = null)
{
    /// <summary>Meetings held against expected, per body (compared item by item).</summary>
    public ImmutableArray<BodyActivity> Bodies { get => _bodies.Items; init => _bodies = value; }

    private readonly ValueArray<BodyActivity> _bodies = Bodies;

    /// <summary>Each statutory clock's performance (compared item by item).</summary>
    public ImmutableArray<ClockPerformance> Clocks { get => _clocks.Items; init => _clocks = value; }

    private readonly ValueArray<ClockPerformance> _clocks = Clocks;
}

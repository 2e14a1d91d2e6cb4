namespace Lscp.Contracts;

/// <summary>The support team's measures over the assessed days: how much was done, how well, and what difference it made.</summary>
/// <param name="Bodies">Meetings held against expected, per body.</param>
/// <param name="IncidentsNotified">Incidents notified to the Panel.</param>
/// <param name="RapidReviewsCompleted">Rapid reviews sent to the Panel.</param>
/// <param name="LocalReviewsInitiated">Local reviews initiated.</param>
/// <param name="LocalReviewsPublished">Local reviews published.</param>
/// <param name="YearlyReportsPublished">Yearly reports published.</param>
/// <param name="MeetingsHeld">Meetings held.</param>
/// <param name="MeetingsAssessedForQuorum">Meetings of bodies with a quorum rule.</param>
/// <param name="MeetingsQuorate">Of those, the quorate ones.</param>
/// <param name="PercentQuorate">Quorate as a percentage of those assessed; absent when none was.</param>
/// <param name="Clocks">Each statutory clock's performance.</param>
/// <param name="Learning">What difference it has made: the learning loop, from the recommendations, actions and audits recorded.</param>
/// <param name="Duties">The duties beyond the clocks; absent when the records carry no duty records.</param>
public sealed record Measures(
    IReadOnlyList<BodyActivity> Bodies,
    int IncidentsNotified,
    int RapidReviewsCompleted,
    int LocalReviewsInitiated,
    int LocalReviewsPublished,
    int YearlyReportsPublished,
    int MeetingsHeld,
    int MeetingsAssessedForQuorum,
    int MeetingsQuorate,
    decimal? PercentQuorate,
    IReadOnlyList<ClockPerformance> Clocks,
    LearningMeasures Learning,
    DutyMeasures? Duties = null);

namespace Lscp.Contracts;

/// <summary>
/// What difference has it made: the learning loop over the assessed days, from the recommendations, actions and audits
/// recorded. Where the records cannot answer, toRecord says what to record.
/// </summary>
/// <param name="RecommendationsRecorded">True when the records hold any recommendation: without one, the measures that count them are not answers but what to record.</param>
/// <param name="AuditsRecorded">True when the records hold any multi-agency audit.</param>
/// <param name="RecommendationsMade">Recommendations made (by a review or an audit) on an assessed day.</param>
/// <param name="ActionsDue">Actions due on an assessed day.</param>
/// <param name="ActionsOnTime">Of those, the ones done by their due date.</param>
/// <param name="ActionsLate">Of those, the ones done after it.</param>
/// <param name="ActionsOverdue">Of those, the ones not done by the end of the assessed days.</param>
/// <param name="OnTimePercent">On time as a percentage of the actions due; absent when none was.</param>
/// <param name="ActionsDone">Actions done on an assessed day.</param>
/// <param name="ActionsDoneWithImpact">Of those, the ones with evidence of their impact.</param>
/// <param name="ImpactEvidencedPercent">With impact as a percentage of those done; absent when none was.</param>
/// <param name="RecommendationsEvidenced">Recommendations whose impact on practice was first evidenced on an assessed day.</param>
/// <param name="AuditsPlanned">Multi-agency audits planned to finish on an assessed day.</param>
/// <param name="AuditsCompleted">Of those, the ones finished.</param>
/// <param name="AuditsCompletedPercent">Finished as a percentage of those planned; absent when none was.</param>
/// <param name="RepeatThemes">Themes raised on an assessed day that an earlier audit or review raised too.</param>
/// <param name="ToRecord">What to add to the records so that these measures can answer; empty when they can.</param>
public sealed record LearningMeasures(
    bool RecommendationsRecorded,
    bool AuditsRecorded,
    int RecommendationsMade,
    int ActionsDue,
    int ActionsOnTime,
    int ActionsLate,
    int ActionsOverdue,
    decimal? OnTimePercent,
    int ActionsDone,
    int ActionsDoneWithImpact,
    decimal? ImpactEvidencedPercent,
    int RecommendationsEvidenced,
    int AuditsPlanned,
    int AuditsCompleted,
    decimal? AuditsCompletedPercent,
    IReadOnlyList<string> RepeatThemes,
    IReadOnlyList<string> ToRecord);

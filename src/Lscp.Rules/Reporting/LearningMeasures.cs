using System.Collections.Immutable;

namespace Lscp.Rules.Reporting;

/// <summary>
/// What difference has it made: the learning loop measured over the assessed days, from the recommendations, their actions
/// and the multi-agency audits in the records. Where the records cannot answer, <see cref="ToRecord"/> says what to record.
/// </summary>
/// <param name="RecommendationsRecorded">True when the records hold any recommendation: without one, the measures that count them are not answers but what to record.</param>
/// <param name="AuditsRecorded">True when the records hold any multi-agency audit.</param>
/// <param name="RecommendationsMade">Recommendations made (by a review or an audit) on an assessed day.</param>
/// <param name="ActionsDue">Actions due on an assessed day.</param>
/// <param name="ActionsOnTime">Of those, the ones done by their due date.</param>
/// <param name="ActionsLate">Of those, the ones done after it, by the end of the assessed days.</param>
/// <param name="ActionsOverdue">Of those, the ones not done by the end of the assessed days.</param>
/// <param name="OnTimePercent">On time as a percentage of the actions due, or null when none was.</param>
/// <param name="ActionsDone">Actions done on an assessed day.</param>
/// <param name="ActionsDoneWithImpact">Of those, the ones with evidence of their impact checked by the end of the assessed days.</param>
/// <param name="ImpactEvidencedPercent">With impact as a percentage of those done, or null when none was.</param>
/// <param name="RecommendationsEvidenced">Recommendations whose impact on practice was first evidenced (an action's impact check) on an assessed day.</param>
/// <param name="AuditsPlanned">Multi-agency audits planned to finish on an assessed day.</param>
/// <param name="AuditsCompleted">Of those, the ones finished by the end of the assessed days.</param>
/// <param name="AuditsCompletedPercent">Finished as a percentage of those planned, or null when none was.</param>
/// <param name="RepeatThemes">Themes raised on an assessed day (by an audit or a recommendation) that an earlier one raised too, in the words first used, in order.</param>
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
    ImmutableArray<string> RepeatThemes,
    ImmutableArray<string> ToRecord)
{
    /// <summary>The repeat themes (compared item by item).</summary>
    public ImmutableArray<string> RepeatThemes { get => _repeatThemes.Items; init => _repeatThemes = value; }

    private readonly ValueArray<string> _repeatThemes = RepeatThemes;

    /// <summary>What to record (compared item by item).</summary>
    public ImmutableArray<string> ToRecord { get => _toRecord.Items; init => _toRecord = value; }

    private readonly ValueArray<string> _toRecord = ToRecord;
}

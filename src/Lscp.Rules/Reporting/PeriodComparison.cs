using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Rules.Reporting;

/// <summary>
/// This period against the one before it, from the same records: every measure of the three questions with its value in
/// each and the direction of change. The previous period is the one of the same length just before (for a year, the year
/// before), assessed to its own last day, as its report on that day would have been.
/// </summary>
/// <param name="Previous">The previous period (both ends inclusive).</param>
/// <param name="Changes">Every measure, in the order of the questions.</param>
/// <param name="Note">Why a comparison is partial or empty (the previous period before the first arrangements), or null.</param>
public sealed record PeriodComparison(DateInterval Previous, ImmutableArray<MeasureChange> Changes, string? Note)
{
    /// <summary>Every measure (compared item by item).</summary>
    public ImmutableArray<MeasureChange> Changes { get => _changes.Items; init => _changes = value; }

    private readonly ValueArray<MeasureChange> _changes = Changes;

    /// <summary>The period before <paramref name="period"/>: the year before for a period of whole years from a day, else the same number of days just before.</summary>
    public static DateInterval Before(DateInterval period)
    {
        Guard.Against.Null(period);
        var years = period.End.Year - period.Start.Year;
        if (years > 0 && period.Start.PlusYears(years).PlusDays(-1) == period.End)
        {
            return new DateInterval(period.Start.PlusYears(-years), period.Start.PlusDays(-1));
        }

        return new DateInterval(period.Start.PlusDays(-period.Length), period.Start.PlusDays(-1));
    }

    /// <summary>
    /// The changes from <paramref name="previous"/> to <paramref name="current"/>, measure by measure. A previous period with
    /// no meeting at all is taken as one whose meetings are not recorded: its meeting counts are not compared (a body that
    /// truly never met in a year would show here as not comparable, not as a fall to none). Records with no recommendation,
    /// or no audit, have the learning measures that count them left without values: not recorded is not none.
    /// </summary>
    internal static ImmutableArray<MeasureChange> Compare(ReportMeasures current, ReportMeasures previous)
    {
        var (recommendationsRecorded, auditsRecorded) = (current.Learning.RecommendationsRecorded, current.Learning.AuditsRecorded);
        var meetingsRecorded = previous.MeetingsHeld > 0;
        var changes = ImmutableArray.CreateBuilder<MeasureChange>();
        void Add(ReportQuestion question, string measure, string label, decimal? now, decimal? before, bool? higherIsBetter) =>
            changes.Add(new(question, measure, label, now, before, Direction(now, before), higherIsBetter));

        Add(ReportQuestion.HowMuch, "meetingsHeld", "Meetings held", current.MeetingsHeld, meetingsRecorded ? previous.MeetingsHeld : null, null);
        foreach (var body in current.Bodies.Select(b => (b.BodyId, b.Name)).Union(previous.Bodies.Select(b => (b.BodyId, b.Name))).DistinctBy(b => b.BodyId))
        {
            Add(ReportQuestion.HowMuch, $"meetingsHeld:{body.BodyId}", $"Meetings held: {body.Name}",
                current.Bodies.FirstOrDefault(b => b.BodyId == body.BodyId)?.Held ?? 0, meetingsRecorded ? previous.Bodies.FirstOrDefault(b => b.BodyId == body.BodyId)?.Held ?? 0 : null, null);
        }

        Add(ReportQuestion.HowMuch, "incidentsNotified", "Incidents notified to the Panel", current.IncidentsNotified, previous.IncidentsNotified, null);
        Add(ReportQuestion.HowMuch, "rapidReviewsCompleted", "Rapid reviews sent to the Panel", current.RapidReviewsCompleted, previous.RapidReviewsCompleted, null);
        Add(ReportQuestion.HowMuch, "localReviewsInitiated", "Local reviews initiated", current.LocalReviewsInitiated, previous.LocalReviewsInitiated, null);
        Add(ReportQuestion.HowMuch, "localReviewsPublished", "Local reviews published", current.LocalReviewsPublished, previous.LocalReviewsPublished, null);
        Add(ReportQuestion.HowMuch, "yearlyReportsPublished", "Yearly reports published", current.YearlyReportsPublished, previous.YearlyReportsPublished, null);
        decimal? IfRecommendations(int value) => recommendationsRecorded ? value : null;
        decimal? IfAudits(int value) => auditsRecorded ? value : null;
        Add(ReportQuestion.HowMuch, "recommendationsMade", "Recommendations made by reviews and audits", IfRecommendations(current.Learning.RecommendationsMade), IfRecommendations(previous.Learning.RecommendationsMade), null);
        Add(ReportQuestion.HowMuch, "auditsCompleted", "Multi-agency audits finished", IfAudits(current.Learning.AuditsCompleted), IfAudits(previous.Learning.AuditsCompleted), null);

        Add(ReportQuestion.HowWell, "percentQuorate", "Meetings quorate (%)", current.PercentQuorate, previous.PercentQuorate, true);
        foreach (var clock in current.Clocks)
        {
            var before = previous.Clocks.FirstOrDefault(c => c.RuleId == clock.RuleId);
            Add(ReportQuestion.HowWell, $"clockOnTimePercent:{clock.RuleId}", $"{clock.RuleId} on time (%)", clock.OnTimePercent, before?.OnTimePercent, true);
            Add(ReportQuestion.HowWell, $"clockMedianWorkingDays:{clock.RuleId}", $"{clock.RuleId} median working days", clock.MedianWorkingDays, before?.MedianWorkingDays, false);
        }

        var (now, then) = (current.Learning, previous.Learning);
        Add(ReportQuestion.Difference, "actionsOnTimePercent", "Actions done by their due date (%)", now.OnTimePercent, then.OnTimePercent, true);
        Add(ReportQuestion.Difference, "impactEvidencedPercent", "Actions done with evidence of impact (%)", now.ImpactEvidencedPercent, then.ImpactEvidencedPercent, true);
        Add(ReportQuestion.Difference, "recommendationsEvidenced", "Recommendations with impact first evidenced", IfRecommendations(now.RecommendationsEvidenced), IfRecommendations(then.RecommendationsEvidenced), true);
        Add(ReportQuestion.Difference, "auditsCompletedPercent", "Planned audits finished (%)", now.AuditsCompletedPercent, then.AuditsCompletedPercent, true);
        decimal? IfAny(int value) => recommendationsRecorded || auditsRecorded ? value : null;
        Add(ReportQuestion.Difference, "repeatThemes", "Themes raised again", IfAny(now.RepeatThemes.Length), IfAny(then.RepeatThemes.Length), false);
        return changes.DrainToImmutable();
    }

    private static ChangeDirection Direction(decimal? now, decimal? before) => (now, before) switch
    {
        ({ } n, { } b) when n > b => ChangeDirection.Up,
        ({ } n, { } b) when n < b => ChangeDirection.Down,
        ({ }, { }) => ChangeDirection.Same,
        _ => ChangeDirection.NotComparable,
    };
}

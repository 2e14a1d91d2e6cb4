using Lscp.Rules.Compliance;
using Lscp.Rules.Reporting;
using C = Lscp.Contracts;

namespace Lscp.Adapters;

/// <summary>The compliance report, from the rules' types to the wire's.</summary>
public static class ComplianceMapping
{
    /// <summary>The compliance report on the wire: verdict, findings, clocks, measures and every source cited.</summary>
    public static C.ComplianceResponse ToContract(this ComplianceReport report)
    {
        var result = report.Result;
        return new(
            result.PartnershipId,
            new C.DateRange(result.Period.Start, result.Period.End),
            result.AssessedFrom,
            result.AssessedUntil,
            result.EvaluatedOn,
            report.Verdict switch
            {
                Verdict.Compliant => C.Verdict.Compliant,
                Verdict.CompliantWithWarnings => C.Verdict.CompliantWithWarnings,
                Verdict.NotCompliant => C.Verdict.NotCompliant,
                Verdict.NotAssessed => C.Verdict.NotAssessed,
            },
            report.Summary,
            [.. result.Findings.Select(ToContract)],
            [.. report.ToConfirm.Select(b => b.ToConfirm())],
            [.. report.Deadlines.Select(d => d.ToContract())],
            report.Cited.ToContract(),
            report.Measures.ToContract(),
            [.. result.Notes],
            result.RulebookVersion,
            result.CalendarVersion,
            result.LibraryVersion,
            report.Comparison is { } comparison ? comparison.ToContract() : null);
    }

    private static C.PeriodComparison ToContract(this PeriodComparison comparison) => new(
        new C.DateRange(comparison.Previous.Start, comparison.Previous.End),
        [.. comparison.Changes.Select(c => new C.MeasureChange(
            c.Question switch
            {
                ReportQuestion.HowMuch => C.ReportQuestion.HowMuch,
                ReportQuestion.HowWell => C.ReportQuestion.HowWell,
                ReportQuestion.Difference => C.ReportQuestion.Difference,
            },
            c.Measure,
            c.Label,
            c.Current,
            c.Previous,
            c.Direction switch
            {
                ChangeDirection.Up => C.ChangeDirection.Up,
                ChangeDirection.Down => C.ChangeDirection.Down,
                ChangeDirection.Same => C.ChangeDirection.Same,
                ChangeDirection.NotComparable => C.ChangeDirection.NotComparable,
            },
            c.HigherIsBetter,
            c.Improved))],
        comparison.Note);

    private static C.LearningMeasures ToContract(this LearningMeasures l) => new(
        l.RecommendationsRecorded, l.AuditsRecorded, l.RecommendationsMade, l.ActionsDue, l.ActionsOnTime, l.ActionsLate, l.ActionsOverdue, l.OnTimePercent, l.ActionsDone, l.ActionsDoneWithImpact,
        l.ImpactEvidencedPercent, l.RecommendationsEvidenced, l.AuditsPlanned, l.AuditsCompleted, l.AuditsCompletedPercent, [.. l.RepeatThemes], [.. l.ToRecord]);

    private static C.Finding ToContract(Finding finding) => new(
        finding.RuleId,
        finding.Severity switch
        {
            Severity.Information => C.Severity.Information,
            Severity.Warning => C.Severity.Warning,
            Severity.Breach => C.Severity.Breach,
        },
        finding.Subject.ToString(),
        finding.From,
        finding.To,
        finding.Message,
        [.. finding.Facts.Select(f => new C.Fact(f.Name, f.Value))],
        finding.Basis.ToConfirm());

    private static C.Measures ToContract(this ReportMeasures measures) => new(
        [.. measures.Bodies.Select(b => new C.BodyActivity(
            b.BodyId,
            b.Name,
            b.Held,
            b.Expected,
            b.Meetings.IsEmpty ? null : [.. b.Meetings.Select(m => new C.MeetingHeld(m.MeetingId, m.Date, m.Quorate))],
            b.Windows.IsEmpty ? null : [.. b.Windows.Select(w => new C.CadenceWindow(w.Start, w.End, w.Met))]))],
        measures.IncidentsNotified,
        measures.RapidReviewsCompleted,
        measures.LocalReviewsInitiated,
        measures.LocalReviewsPublished,
        measures.YearlyReportsPublished,
        measures.MeetingsHeld,
        measures.MeetingsAssessedForQuorum,
        measures.MeetingsQuorate,
        measures.PercentQuorate,
        [.. measures.Clocks.Select(c => new C.ClockPerformance(c.RuleId, c.Title, c.OnTime, c.Late, c.Overdue, c.OnTimePercent, c.MedianWorkingDays))],
        measures.Learning.ToContract(),
        measures.Duties is { } d ? new C.DutyMeasures(d.DocumentsPublished, d.DocumentsSignedByAll, d.ScrutinyReports, d.DaysWithoutScrutiny, d.YearlyReportsPublished, d.YearlyReportsReferringToScrutiny, d.YearlyReportsScrutinyNotRecorded, d.RelevantAgencies, d.RelevantAgenciesCategoryNotRecorded) : null);
}

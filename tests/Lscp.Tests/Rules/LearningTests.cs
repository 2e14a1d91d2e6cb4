using Lscp.Adapters;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Rules.Governance;
using Lscp.Rules.Reporting;
using NodaTime;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Rules;

/// <summary>From learning to practice (issue 26): review actions and their clock, evidence of impact, audits, the yearly report's contents, and the third question's measures with last year beside them.</summary>
public sealed class LearningTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly DateInterval Year2024 = new(D("2024-04-01"), D("2025-03-31"));

    /// <summary>A local review published on 15 July 2024 with two recommendations; an audit planned for the year.</summary>
    private static PartnershipRecords Records(IEnumerable<Recommendation> recommendations, IEnumerable<MultiAgencyAudit>? audits = null, IEnumerable<YearlyReport>? reports = null) => new(
        [],
        [],
        [new SeriousIncident("LSCP-2023-004", D("2023-09-04"), D("2023-09-06"), D("2023-09-06"), D("2023-09-22"), ReviewDecision.LocalReview, new LocalReview(D("2023-10-02"), D("2024-03-20"), D("2024-07-15")))],
        reports,
        recommendations: recommendations,
        audits: audits);

    private static ComplianceReport Report(PartnershipRecords records, LocalDate? asOf = null) =>
        ComplianceReportBuilder.Build(BuiltInPartnerships.Lewisham, records, Year2024, Rulebook.Standard, Calendar, asOf ?? D("2025-06-30"));

    private static Recommendation Review(string id, params LearningAction[] actions) =>
        new(id, RecommendationSource.LocalReview, "LSCP-2023-004", D("2024-07-15"), "information sharing", actions);

    [Fact]
    public void An_overdue_action_and_one_done_late_are_each_a_cited_breach_of_their_clock_and_one_done_in_time_is_not()
    {
        var report = Report(Records([Review("r1",
            new LearningAction("r1-a1", "met-police", D("2024-10-31"), ActionStatus.Open),
            new LearningAction("r1-a2", "nhs-sel-icb", D("2024-10-31"), ActionStatus.Done, D("2024-11-20"), new ImpactEvidence("re-audit of strategy discussions", D("2025-02-01"))),
            new LearningAction("r1-a3", "lb-lewisham", D("2024-10-31"), ActionStatus.Done, D("2024-10-30"), new ImpactEvidence("practice week survey", D("2025-01-10"))))]));

        var breaches = report.Result.Findings.Where(f => f.RuleId == RuleIds.ActionDoneByDueDate).ToList();
        Assert.Equal(["action:r1-a1", "action:r1-a2"], breaches.Select(f => f.Subject.ToString()).Order(StringComparer.Ordinal));
        Assert.All(breaches, f => Assert.Equal(Severity.Breach, f.Severity));
        Assert.Contains("overdue by 151 day(s) on 2025-03-31", breaches.Single(f => f.Subject == Subject.Action("r1-a1")).Message, StringComparison.Ordinal);
        Assert.Contains("met 20 day(s) late on 2024-11-20", breaches.Single(f => f.Subject == Subject.Action("r1-a2")).Message, StringComparison.Ordinal);
        Assert.Contains(report.Cited, c => c.RuleId == RuleIds.ActionDoneByDueDate && c.Citation.Confidence == Confidence.LocalPractice);

        // The clock table and the third question count the same three actions, one way.
        var clock = Assert.Single(report.Measures.Clocks, c => c.RuleId == RuleIds.ActionDoneByDueDate);
        Assert.Equal((1, 1, 1), (clock.OnTime, clock.Late, clock.Overdue));
        Assert.Equal((3, 1, 1, 1, 33.3m), (report.Measures.Learning.ActionsDue, report.Measures.Learning.ActionsOnTime, report.Measures.Learning.ActionsLate, report.Measures.Learning.ActionsOverdue, report.Measures.Learning.OnTimePercent));
        Assert.Equal(Verdict.NotCompliant, report.Verdict);
    }

    [Fact]
    public void An_action_closed_without_evidence_of_impact_is_reported_done_impact_not_evidenced()
    {
        var report = Report(Records([Review("r1",
            new LearningAction("r1-a1", "met-police", D("2024-12-31"), ActionStatus.Done, D("2024-12-01")),
            new LearningAction("r1-a2", "lb-lewisham", D("2024-12-31"), ActionStatus.Done, D("2024-12-01"), new ImpactEvidence("re-audit", D("2025-03-01"))),
            new LearningAction("r1-a3", "lb-lewisham", D("2024-12-31"), ActionStatus.Done, D("2024-12-01"), new ImpactEvidence("checked after the year", D("2025-05-01"))))]));

        var findings = report.Result.Findings.Where(f => f.RuleId == RuleIds.DoneWithImpact).ToList();
        Assert.Equal(["action:r1-a1", "action:r1-a3"], findings.Select(f => f.Subject.ToString()).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.All(findings, f => Assert.Contains("is done, impact not evidenced", f.Message, StringComparison.Ordinal));
        Assert.Equal((3, 1, 33.3m, 1), (report.Measures.Learning.ActionsDone, report.Measures.Learning.ActionsDoneWithImpact, report.Measures.Learning.ImpactEvidencedPercent, report.Measures.Learning.RecommendationsEvidenced));
    }

    [Fact]
    public void A_recommendation_of_a_published_local_review_with_no_action_is_a_breach_from_the_publication()
    {
        var report = Report(Records([Review("r1"), Review("r2", new LearningAction("r2-a1", "met-police", D("2025-06-30"), ActionStatus.InProgress, D("2024-09-01")))]));
        var finding = Assert.Single(report.Result.Findings, f => f.RuleId == RuleIds.RecommendationHasAction);
        Assert.Equal((Subject.Recommendation("r1"), Severity.Breach, D("2024-07-15")), (finding.Subject, finding.Severity, finding.From));

        // Before the review is published, nothing is owed.
        var before = ComplianceReportBuilder.Build(BuiltInPartnerships.Lewisham, Records([Review("r1")]), new DateInterval(D("2024-04-01"), D("2024-07-14")), Rulebook.Standard, Calendar, D("2025-06-30"));
        Assert.DoesNotContain(before.Result.Findings, f => f.RuleId == RuleIds.RecommendationHasAction);
    }

    [Fact]
    public void A_planned_audit_not_done_is_a_breach_one_done_late_a_warning_and_the_share_finished_is_measured()
    {
        MultiAgencyAudit Audit(string id, string planned, string? completed) => new(id, "neglect", "mesi", D(planned), completed is null ? null : D(completed), [AuditMethod.CaseAudit, AuditMethod.FamilyInterviews], ["plans not shared with schools"]);
        var report = Report(Records([], [Audit("audit-1", "2024-09-30", "2024-09-20"), Audit("audit-2", "2024-12-31", "2025-02-14"), Audit("audit-3", "2025-03-31", null)]));

        var findings = report.Result.Findings.Where(f => f.RuleId == RuleIds.PlannedAuditsDone).ToDictionary(f => f.Subject.ToString(), f => f.Severity);
        Assert.Equal(new Dictionary<string, Severity> { ["audit:audit-2"] = Severity.Warning, ["audit:audit-3"] = Severity.Breach }, findings);
        Assert.Equal((3, 2, 66.7m), (report.Measures.Learning.AuditsPlanned, report.Measures.Learning.AuditsCompleted, report.Measures.Learning.AuditsCompletedPercent));
        // The same theme raised by three audits: raised again in the year.
        Assert.Equal(["neglect"], report.Measures.Learning.RepeatThemes.ToArray());
    }

    [Fact]
    public void A_yearly_report_missing_what_it_must_cover_is_a_breach_and_what_it_should_a_warning_to_confirm_when_its_edition_is_inferred()
    {
        var published = new YearlyReport(D("2023-04-01"), D("2024-03-31"), D("2024-09-30"), edition: GuidanceEdition.WorkingTogether2023, contents: ["activity", "effectiveness", "priorities", "learning", "impact"]);
        var report = Report(Records([], reports: [published]));
        var findings = report.Result.Findings.Where(f => f.RuleId == RuleIds.YearlyReportContents).ToList();
        var breach = Assert.Single(findings, f => f.Severity == Severity.Breach);
        Assert.Contains("says it must: reviews", breach.Message, StringComparison.Ordinal);
        var warning = Assert.Single(findings, f => f.Severity == Severity.Warning);
        Assert.Contains("this library reads Working Together 2023 as asking", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith(": reviewActions.", warning.Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.True(f.IsConfirmed));

        // With no edition recorded, the arrangements' edition on the day is used, and the findings wait to be confirmed.
        var inferred = Report(Records([], reports: [new YearlyReport(published.CoversFrom, published.CoversTo, published.PublishedOn, contents: published.Contents)]));
        var unconfirmed = inferred.Result.Findings.Where(f => f.RuleId == RuleIds.YearlyReportContents).ToList();
        Assert.Equal(2, unconfirmed.Count);
        Assert.All(unconfirmed, f => Assert.False(f.IsConfirmed));
        Assert.Contains(inferred.ToConfirm, b => b.Provenance == Provenance.Inferred && b.Fact.Contains("edition", StringComparison.Ordinal));

        // A report whose contents are not recorded is not judged.
        Assert.DoesNotContain(Report(Records([], reports: [new YearlyReport(published.CoversFrom, published.CoversTo, published.PublishedOn)])).Result.Findings, f => f.RuleId == RuleIds.YearlyReportContents);
    }

    [Fact]
    public void This_year_is_compared_with_the_last_from_the_same_records_measure_by_measure()
    {
        // 2023-24: two actions due, neither on time; 2024-25: two due, both on time.
        var records = Records([
            new Recommendation("r0", RecommendationSource.NationalReview, "Child Protection in England", D("2023-05-01"), "information sharing", [
                new LearningAction("r0-a1", "met-police", D("2023-11-30"), ActionStatus.Done, D("2024-01-15")),
                new LearningAction("r0-a2", "lb-lewisham", D("2024-02-28"), ActionStatus.Done, D("2024-03-20")),
            ]),
            Review("r1",
                new LearningAction("r1-a1", "met-police", D("2024-10-31"), ActionStatus.Done, D("2024-10-01"), new ImpactEvidence("re-audit", D("2025-01-10"))),
                new LearningAction("r1-a2", "lb-lewisham", D("2024-12-31"), ActionStatus.Done, D("2024-12-01"), new ImpactEvidence("re-audit", D("2025-01-10")))),
        ]);
        var report = Report(records);
        var comparison = Assert.IsType<PeriodComparison>(report.Comparison);
        Assert.Equal(new DateInterval(D("2023-04-01"), D("2024-03-31")), comparison.Previous);

        var onTime = Assert.Single(comparison.Changes, c => c.Measure == "actionsOnTimePercent");
        Assert.Equal((ReportQuestion.Difference, 100m, 0m, ChangeDirection.Up, true), (onTime.Question, onTime.Current, onTime.Previous, onTime.Direction, onTime.Improved));
        // The information-sharing theme the national review raised in 2023 is raised again by the local review.
        Assert.Equal(["information sharing"], report.Measures.Learning.RepeatThemes.ToArray());
        var repeats = Assert.Single(comparison.Changes, c => c.Measure == "repeatThemes");
        Assert.Equal((1m, 0m, false), (repeats.Current, repeats.Previous, repeats.Improved));
        // Every measure of all three questions is there, the clocks' among them.
        Assert.Equal([ReportQuestion.HowMuch, ReportQuestion.HowWell, ReportQuestion.Difference], comparison.Changes.Select(c => c.Question).Distinct());
        Assert.Contains(comparison.Changes, c => c.Measure == $"clockOnTimePercent:{RuleIds.RapidReview}");
        Assert.Contains(comparison.Changes, c => c.Measure == "meetingsHeld");

        // No previous period before the first arrangements: no comparison.
        var first = ComplianceReportBuilder.Build(BuiltInPartnerships.Lewisham, records, new DateInterval(D("2019-06-29"), D("2020-03-31")), Rulebook.Standard, Calendar, D("2025-06-30"));
        Assert.Null(first.Comparison);
    }

    [Fact]
    public void What_is_due_lists_an_open_action_by_its_due_date_and_a_planned_audit_by_its_planned_day()
    {
        var records = Records(
            [Review("r1", new LearningAction("r1-a1", "met-police", D("2025-07-31"), ActionStatus.InProgress, D("2025-05-01")), new LearningAction("r1-a2", "met-police", D("2025-07-31"), ActionStatus.Done, D("2025-06-01")))],
            [new MultiAgencyAudit("audit-1", "neglect", "mesi", D("2025-08-29"), null, [AuditMethod.CaseAudit], [])]);
        var list = ObligationsHorizon.Build(BuiltInPartnerships.Lewisham, records, D("2025-07-01"), 90, Rulebook.Standard, Calendar);
        var action = Assert.Single(list.Obligations, o => o.RuleId == RuleIds.ActionDoneByDueDate);
        Assert.Equal((Subject.Action("r1-a1"), D("2025-07-31"), false), (action.Subject, action.LatestOn, action.Overdue));
        var audit = Assert.Single(list.Obligations, o => o.RuleId == RuleIds.PlannedAuditsDone);
        Assert.Equal((Subject.Audit("audit-1"), D("2025-08-29"), false), (audit.Subject, audit.LatestOn, audit.Overdue));
        Assert.Contains(list.Cited, c => c.RuleId == RuleIds.PlannedAuditsDone);
    }

    [Fact]
    public void Without_learning_records_the_report_says_what_to_record_and_judges_nothing()
    {
        var report = Report(Records([]));
        Assert.Equal(2, report.Measures.Learning.ToRecord.Length);
        Assert.DoesNotContain(report.Result.Findings, f => f.RuleId is RuleIds.DoneWithImpact or RuleIds.PlannedAuditsDone or RuleIds.RecommendationHasAction or RuleIds.ActionDoneByDueDate);
        Assert.Null(report.Measures.Learning.OnTimePercent);
    }

    [Fact]
    public void An_action_owned_by_no_agency_of_the_arrangements_or_an_unknown_audit_is_an_error_at_its_path()
    {
        var records = Records(
            [new Recommendation("r1", RecommendationSource.Audit, "audit-9", D("2024-07-15"), null, [new LearningAction("r1-a1", "no-such-agency", D("2024-10-31"), ActionStatus.Done, D("2024-10-01"), new ImpactEvidence("x", D("2024-11-01"), "audit-8"))])],
            [new MultiAgencyAudit("audit-1", "neglect", "no-such-body", D("2024-09-30"), null, [], [])]);
        var errors = RecordsValidator.Validate(BuiltInPartnerships.Lewisham, records);
        Assert.Equal(
            ["$.audits[0].commissionedBy", "$.recommendations[0].actions[0].impact.audit", "$.recommendations[0].actions[0].owner", "$.recommendations[0].reference"],
            errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_done_action_needs_its_day_and_evidence_of_impact_only_for_a_done_action()
    {
        Assert.Throws<ArgumentException>(() => new LearningAction("a1", "met-police", D("2024-10-31"), ActionStatus.Done));
        Assert.Throws<ArgumentException>(() => new LearningAction("a1", "met-police", D("2024-10-31"), ActionStatus.Open, null, new ImpactEvidence("x", D("2024-10-01"))));
        Assert.Throws<ArgumentException>(() => new PartnershipRecords([], [], recommendations: [Review("r1", new LearningAction("a1", "met-police", D("2024-10-31"), ActionStatus.Open)), Review("r2", new LearningAction("a1", "met-police", D("2024-10-31"), ActionStatus.Open))]));
    }
}

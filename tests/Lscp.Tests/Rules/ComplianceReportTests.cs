using System.Text.Json.Nodes;
using Lscp.Adapters;
using Lscp.Model;
using Lscp.Rules;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Reporting;
using Lscp.Tests.Support;
using NodaTime;
using static Lscp.Tests.Support.Dates;
using Lscp.Rules.Compliance;

namespace Lscp.Tests.Rules;

public sealed class ComplianceReportTests
{
    private static ComplianceReport Report(DateInterval? period = null, string today = "2025-06-30") => ComplianceReportBuilder.Build(
        BuiltInPartnerships.Lewisham,
        LewishamYear.Records2024(BuiltInPartnerships.Lewisham),
        period ?? new DateInterval(D("2024-04-01"), D("2025-03-31")),
        Rulebook.Standard,
        WorkingDayCalendar.EnglandAndWales,
        new FixedDateClock(D(today)));

    [Fact]
    public void A_full_Lewisham_report_matches_the_approved_text()
    {
        var text = ComplianceReportText.Render(Report().ToContract()).Replace(LibraryInfo.Version, "<library version>", StringComparison.Ordinal);
        Approval.Verify(text, "lewisham-2024-25.report");
    }

    [Fact]
    public void TryBuild_answers_what_Build_answers_and_reports_bad_records_under_the_callers_root()
    {
        var lewisham = BuiltInPartnerships.Lewisham;
        var period = new DateInterval(D("2024-04-01"), D("2025-03-31"));
        var clock = new FixedDateClock(D("2025-06-30"));
        Assert.True(ComplianceReportBuilder.TryBuild(lewisham, LewishamYear.Records2024(lewisham), period, Rulebook.Standard, WorkingDayCalendar.EnglandAndWales, ComplianceEvaluator.Today(clock), "$.records", out var report, out var none));
        Assert.Empty(none);
        Assert.Equal(Report(), report);

        var stray = new Lscp.Model.Records.PartnershipRecords(
            [new Lscp.Model.Records.Meeting("stray", "no-such-body", D("2024-06-01"), null, [])], []);
        Assert.False(ComplianceReportBuilder.TryBuild(lewisham, stray, period, Rulebook.Standard, WorkingDayCalendar.EnglandAndWales, ComplianceEvaluator.Today(clock), "$.records", out var nothing, out var errors));
        Assert.Null(nothing);
        Assert.StartsWith("$.records.meetings[0]", Assert.Single(errors).Path, StringComparison.Ordinal);
        Assert.Throws<Lscp.Model.Records.InvalidRecordsException>(() => ComplianceReportBuilder.Build(lewisham, stray, period, Rulebook.Standard, WorkingDayCalendar.EnglandAndWales, clock));
    }

    [Fact]
    public void Each_meetings_quorum_is_worked_out_once_for_the_rule_and_the_measures()
    {
        var lewisham = BuiltInPartnerships.Lewisham;
        var records = LewishamYear.Records2024(lewisham);
        ComplianceReportBuilder.Evaluate(lewisham, records, new DateInterval(D("2024-04-01"), D("2025-03-31")), Rulebook.Standard, WorkingDayCalendar.EnglandAndWales, D("2025-06-30"), out var context);

        // The quorum rule has asked about every meeting; the measures asking again get the same answer, not a new one.
        var meetings = context.MeetingsByDate;
        for (var i = 0; i < meetings.Length; i++)
        {
            Assert.Same(context.QuorumOf(i), context.QuorumOf(i));
        }

        Assert.Equal(Report().Measures.MeetingsAssessedForQuorum, Enumerable.Range(0, meetings.Length).Count(i => context.QuorumOf(i).Outcome != Lscp.Rules.Governance.QuorumOutcome.NoRule));
    }

    [Fact]
    public void The_measures_count_what_was_done()
    {
        var measures = Report().Measures;
        Assert.Equal(26, measures.MeetingsHeld);
        Assert.Equal(2, measures.IncidentsNotified);
        Assert.Equal(2, measures.RapidReviewsCompleted);
        Assert.Equal(1, measures.LocalReviewsInitiated);
        Assert.Equal(1, measures.YearlyReportsPublished);
        Assert.Equal((2, 3), (measures.Bodies.Single(b => b.BodyId == "partnership-group").Held, measures.Bodies.Single(b => b.BodyId == "partnership-group").Expected!.Value));
        Assert.Equal((6, 5), (measures.MeetingsAssessedForQuorum, measures.MeetingsQuorate)); // the executive only: the partnership group publishes no quorum
        Assert.Equal(Math.Round(100m * 5 / 6, 1), measures.PercentQuorate);
        var rapid = measures.Clocks.Single(c => c.RuleId == RuleIds.RapidReview);
        Assert.Equal((1, 1, 0, 50m), (rapid.OnTime, rapid.Late, rapid.Overdue, rapid.OnTimePercent!.Value));
    }

    [Fact]
    public void The_verdict_follows_the_findings() => Assert.Equal(Verdict.NotCompliant, Report().Verdict);

    [Fact]
    public void Without_a_period_the_report_covers_the_financial_year_of_the_evaluation_date()
    {
        var report = Report(period: null, today: "2024-11-05");
        Assert.Equal(new DateInterval(D("2024-04-01"), D("2025-03-31")), report.Result.Period);
        Assert.Equal(D("2024-11-05"), report.Result.AssessedUntil);
    }

    [Fact]
    public void The_JSON_report_is_the_wire_shape_and_names_its_versions_in_ISO_dates()
    {
        var json = JsonNode.Parse(ComplianceReportJson.Write(Report().ToContract()))!;
        Assert.Equal("notCompliant", (string?)json["verdict"]);
        Assert.Equal(Rulebook.StandardVersion, (string?)json["rulebookVersion"]);
        Assert.Equal(EnglandAndWalesBankHolidays.DataVersion, (string?)json["calendarVersion"]);
        Assert.Equal("2024-04-01", (string?)json["period"]!["start"]);
        Assert.Equal("2025-06-30", (string?)json["evaluatedOn"]);
        Assert.Contains(json["deadlines"]!.AsArray(), d => d!["delays"]!.AsArray().Count == 1 && (string?)d["status"] == "overdue");
        // Every rule a finding or a clock names is cited once, with the rule's own citation.
        var cited = json["rules"]!.AsObject();
        Assert.All(json["findings"]!.AsArray(), f => Assert.True(cited.ContainsKey((string)f!["ruleId"]!)));
        Assert.Equal(Rulebook.Standard.Definition(RuleIds.RapidReview).Citation.Source, (string?)cited[RuleIds.RapidReview]!["citation"]!["source"]);
    }
}

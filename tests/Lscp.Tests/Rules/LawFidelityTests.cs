using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Adapters;
using Lscp.Rules;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Rules.Reporting;
using Lscp.Rules.Timescales;
using Lscp.Tests.Http;
using Lscp.Tests.Model;
using NodaTime;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Rules;

/// <summary>
/// Rules only where they apply, records in the law's own order, lateness in each clock's own unit: on the built-in
/// Lewisham data, through the library and through the service.
/// </summary>
public sealed class LawFidelityTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private async Task<(HttpStatusCode Status, JsonNode Body)> Post(string path, string json)
    {
        using var response = await factory.CreateClient().PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Theory]
    [InlineData("1995-03-01")]
    [InlineData("1999-11-15")]
    [InlineData("2002-07-01")]
    public void An_incident_known_before_Working_Together_2018_gets_no_clock_of_it(string awareOn)
    {
        var aware = D(awareOn);
        var incident = new SeriousIncident("OLD-1", aware, aware.PlusDays(2), aware.PlusDays(2), aware.PlusDays(20), ReviewDecision.NoReview);
        var clocks = DeadlineCalculator.ForIncident(incident, D("2025-06-30"), Rulebook.Standard, Calendar);
        Assert.NotEmpty(clocks);
        Assert.All(clocks, clock =>
        {
            Assert.Equal(DeadlineStatus.NotApplicable, clock.Status);
            Assert.Null(clock.DueOn);
            Assert.StartsWith("Not applicable", clock.Explanation, StringComparison.Ordinal);
            Assert.Contains("2018-06-29", clock.Explanation, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void An_incident_known_on_the_day_the_rules_began_is_counted()
    {
        var incident = new SeriousIncident("NEW-1", D("2018-06-29"), D("2018-07-03"));
        Assert.Equal(DeadlineStatus.Met, DeadlineCalculator.ForIncident(incident, D("2025-06-30"), Rulebook.Standard, Calendar).Single(d => d.RuleId == RuleIds.PanelNotified).Status);
    }

    [Fact]
    public async Task The_service_says_not_applicable_for_a_1995_incident()
    {
        var (status, body) = await Post("/v1/deadlines", """{"incident":{"caseReference":"OLD-1","localAuthorityAwareOn":"1995-03-01","notifiedPanelOn":"1995-03-03"},"asOf":"2025-06-30"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(body["deadlines"]!.AsArray(), clock =>
        {
            Assert.Equal("notApplicable", (string?)clock!["status"]);
            Assert.Null(clock["dueOn"]);
        });
    }

    [Fact]
    public void A_clock_counted_in_days_is_late_in_days_not_working_days()
    {
        // Published Friday 27 September 2024; 7 calendar days allows until Friday 4 October; sent on Thursday 10 October.
        var report = new YearlyReport(D("2023-04-01"), D("2024-03-31"), D("2024-09-27"), D("2024-10-10"), D("2024-10-10"));
        var sent = DeadlineCalculator.ForYearlyReports([report], D("2025-06-30"), Rulebook.Standard, Calendar).Single(d => d.RuleId == RuleIds.YearlyReportSent);
        Assert.Equal((DeadlineStatus.MetLate, 6, 4), (sent.Status, sent.CalendarDays!.Value, sent.WorkingDays!.Value));
        Assert.Equal((6, "day(s)"), sent.DaysInOwnUnit);

        var result = ComplianceEvaluator.Evaluate(BuiltInPartnerships.Lewisham, new PartnershipRecords([], [], yearlyReports: [report]), new DateInterval(D("2024-04-01"), D("2025-03-31")), Rulebook.Standard, Calendar, new FixedDateClock(D("2025-06-30")));
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.YearlyReportSent && f.Message.Contains("met 6 day(s) late", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clock_counted_in_working_days_stays_late_in_working_days()
    {
        var incident = new SeriousIncident("C-2", D("2024-12-16"), D("2024-12-19"), rapidReviewSentOn: D("2025-01-17"));
        var rapid = DeadlineCalculator.ForIncident(incident, D("2025-06-30"), Rulebook.Standard, Calendar).Single(d => d.RuleId == RuleIds.RapidReview);
        Assert.Equal((3, "working day(s)"), rapid.DaysInOwnUnit);
    }

    [Fact]
    public void A_period_wholly_before_the_first_arrangements_is_not_assessed_not_compliant()
    {
        var report = ComplianceReportBuilder.Build(BuiltInPartnerships.Lewisham, PartnershipRecords.Empty, new DateInterval(D("2010-01-01"), D("2011-01-01")), Rulebook.Standard, Calendar, new FixedDateClock(D("2025-06-30")));
        Assert.Equal(Verdict.NotAssessed, report.Verdict);
        Assert.StartsWith("Not assessed", report.Summary, StringComparison.Ordinal);
        Assert.Contains("2019-06-29", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_says_not_assessed_too()
    {
        var (status, body) = await Post("/v1/compliance", """{"partnership":"lewisham","asOf":"2025-06-30","period":{"start":"2010-01-01","end":"2011-01-01"}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("notAssessed", (string?)body["verdict"]);
    }

    [Theory]
    [InlineData("""{"coversFrom":"2023-04-01","coversTo":"2024-03-31","publishedOn":"2024-02-01"}""", "$.yearlyReports[0].publishedOn")]
    [InlineData("""{"coversFrom":"2023-04-01","coversTo":"2024-03-31","publishedOn":"2024-03-31"}""", "$.yearlyReports[0].publishedOn")]
    [InlineData("""{"coversFrom":"2023-04-01","coversTo":"2024-03-31","publishedOn":"2024-09-27","sentToPanelOn":"2024-09-20"}""", "$.yearlyReports[0].sentToPanelOn")]
    [InlineData("""{"coversFrom":"2023-04-01","coversTo":"2024-03-31","publishedOn":"2024-09-27","sentToWhatWorksOn":"2024-09-26"}""", "$.yearlyReports[0].sentToWhatWorksOn")]
    public async Task A_yearly_report_out_of_the_laws_order_is_refused_with_its_path(string report, string path)
    {
        var (status, body) = await Post("/v1/deadlines", $$"""{"yearlyReports":[{{report}}],"asOf":"2025-06-30"}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(path, body["errors"]!.AsArray().Select(e => (string?)e!["path"]));
        var library = Assert.Throws<InvalidRecordsException>(() => RecordsJson.Read($$"""{"yearlyReports":[{{report}}]}"""));
        Assert.Equal(path, Assert.Single(library.Errors).Path);
    }

    [Theory]
    [InlineData("partnership-group", "lb-lewisham")]
    [InlineData("mesi", null)]
    public async Task A_body_that_publishes_no_quorum_is_neither_quorate_nor_inquorate(string body, string? agency)
    {
        var date = D("2024-06-18");
        var attendance = agency is null ? [] : new[] { new Attendance(agency, AttendanceStatus.Present, "Executive Director for Children and Young People (Joint Chair)") };
        var result = Lscp.Rules.Governance.Quorum.Check(BuiltInPartnerships.Lewisham.ArrangementsOn(date), new Meeting("m", body, date, null, attendance));
        Assert.Equal(Lscp.Rules.Governance.QuorumOutcome.NoRule, result.Outcome);
        Assert.Empty(result.Missing);

        var attendanceJson = agency is null ? "[]" : """[{"agency":"lb-lewisham","representative":"Executive Director for Children and Young People (Joint Chair)","status":"present"}]""";
        var (status, answer) = await Post("/v1/quorum", $$"""{"partnership":"lewisham","meeting":{"id":"m","body":"{{body}}","date":"2024-06-18","attendance":""" + attendanceJson + "}}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("noRule", (string?)answer["outcome"]);
        Assert.Null(answer["isQuorate"]);
    }

    [Theory]
    [InlineData("Nobody%20Atall", "2024-06-01", "no one called 'Nobody Atall'")]
    [InlineData("Ceri%20Jacob", "2021-06-01", "held no post on 2021-06-01")]
    public async Task Accountability_tells_no_such_person_from_no_post_on_that_date(string person, string date, string says)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri($"/v1/partnerships/lewisham/accountability?date={date}&person={person}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("person", (string?)error["path"]);
        Assert.Contains(says, (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(person.StartsWith("Ceri", StringComparison.Ordinal), !Lscp.Rules.Governance.Accountability.HoldingsOf(BuiltInPartnerships.Lewisham, Uri.UnescapeDataString(person)).IsEmpty);
    }

    [Fact]
    public async Task A_chair_answer_that_rests_on_an_inference_says_so()
    {
        var chair = Lscp.Rules.Governance.Chairs.On(BuiltInPartnerships.Lewisham, "executive", D("2024-06-01"));
        Assert.Equal(Provenance.Inferred, chair.Basis!.Provenance);
        Assert.Contains("rests on inferred", chair.Explanation, StringComparison.Ordinal);

        using var response = await factory.CreateClient().GetAsync(new Uri("/v1/partnerships/lewisham/bodies/executive/chair?date=2024-06-01", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("inferred", (string?)body["basis"]!["provenance"]);
        Assert.Contains("2020-21", (string?)body["basis"]!["note"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quorum_answer_and_a_finding_that_rest_on_an_inferred_rule_say_so()
    {
        var (status, answer) = await Post("/v1/quorum", """{"partnership":"lewisham","meeting":{"id":"m","body":"executive","date":"2024-09-10","attendance":[{"agency":"lb-lewisham","status":"present"}]}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("notQuorate", (string?)answer["outcome"]);
        Assert.Equal("inferred", (string?)answer["basis"]!["provenance"]);

        var lewisham = BuiltInPartnerships.Lewisham;
        var result = ComplianceEvaluator.Evaluate(lewisham, LewishamYear.Records2024(lewisham), new DateInterval(D("2024-04-01"), D("2025-03-31")), Rulebook.Standard, Calendar, new FixedDateClock(D("2025-06-30")));
        var inquorate = Assert.Single(result.Findings, f => f.RuleId == RuleIds.MeetingQuorate);
        Assert.Contains(inquorate.Facts, f => f.Name == "basis" && f.Value.StartsWith("inferred:", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings.Where(f => f.RuleId == RuleIds.MeetsEachInterval && f.Subject == Subject.Body("partnership-group")), f => f.Facts.Any(x => x.Name == "basis"));
    }

    [Fact]
    public void The_seed_facts_are_in_the_built_in_data()
    {
        foreach (var version in BuiltInPartnerships.Lewisham.Versions)
        {
            var executive = version.Body("executive").Notes!;
            Assert.Contains("Senior Advisors", executive, StringComparison.Ordinal);
            Assert.Contains("setting the vision, strategy and policy direction", executive, StringComparison.Ordinal);
            Assert.Contains("represents schools on the Executive", executive, StringComparison.Ordinal);
            Assert.Equal("Head of Safeguarding and Quality Assurance", version.Post("lb-head-of-safeguarding-qa").Title);
            Assert.Contains("Head of Safeguarding and Quality Assurance", version.Body("support-team").Notes!, StringComparison.Ordinal);
        }

        var current = BuiltInPartnerships.Lewisham.ArrangementsOn(D("2024-06-01"));
        Assert.Contains(current.Body("partnership-group").Members, m => m.AgencyId == "community-rehabilitation-company");
        Assert.Contains("abolished on 26 June 2021", current.Body("partnership-group").Notes!, StringComparison.Ordinal);
    }

    private static ComplianceResult NoMeetings(string from, string to) =>
        ComplianceEvaluator.Evaluate(BuiltInPartnerships.Lewisham, PartnershipRecords.Empty, new DateInterval(D(from), D(to)), Rulebook.Standard, Calendar, new FixedDateClock(D("2025-06-30")));

    [Theory]
    [InlineData("executive", "2021-12-01", "2022-01-31")]
    [InlineData("executive", "2022-06-01", "2022-07-31")]
    [InlineData("partnership-group", "2022-04-01", "2022-07-31")]
    [InlineData("tri-borough-steering-group", "2022-04-01", "2022-09-30")]
    public void A_cadence_window_that_spans_a_change_of_arrangements_is_judged_and_says_so(string body, string windowStart, string windowEnd)
    {
        var missed = NoMeetings("2021-04-01", "2023-03-31").Findings.Where(f => f.RuleId == RuleIds.MeetsEachInterval && f.Subject == Subject.Body(body)).ToList();
        var window = Assert.Single(missed, f => f.From == D(windowStart) && f.To == D(windowEnd));
        Assert.Contains("span a change of arrangements", window.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_that_ends_with_a_version_is_judged_up_to_its_end()
    {
        // The Housing Provider Forum is in the January 2022 arrangements and not in July's: its April to June 2022 quarter counts.
        var missed = NoMeetings("2022-01-01", "2022-12-31").Findings.Where(f => f.RuleId == RuleIds.MeetsEachInterval && f.Subject == Subject.Body("housing-provider-forum")).ToList();
        Assert.Contains(missed, f => f.From == D("2022-04-01") && f.To == D("2022-06-30"));
        Assert.DoesNotContain(missed, f => f.From >= D("2022-07-01"));
    }

    [Fact]
    public void A_gap_across_a_change_of_arrangements_is_one_gap()
    {
        Meeting Executive(string date) => new($"executive-{date}", "executive", D(date), null, [new Attendance("lb-lewisham", AttendanceStatus.Present)]);
        var records = new PartnershipRecords([Executive("2021-10-05"), Executive("2022-10-04")], []);
        var result = ComplianceEvaluator.Evaluate(BuiltInPartnerships.Lewisham, records, new DateInterval(D("2021-10-01"), D("2022-12-31")), Rulebook.Standard, Calendar, new FixedDateClock(D("2025-06-30")));
        var gap = Assert.Single(result.Findings, f => f.RuleId == RuleIds.NoLongGap && f.Subject == Subject.Body("executive") && f.From == D("2021-10-05"));
        Assert.Equal(D("2022-10-04"), gap.To);
        Assert.Contains("went 364 days without a meeting", gap.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("executive")]
    [InlineData("partnership-group")]
    public void Chair_and_rotation_agree_on_every_side_of_every_change_of_arrangements(string body)
    {
        var lewisham = BuiltInPartnerships.Lewisham;
        var rotation = Lscp.Rules.Governance.Chairs.RotationSchedule(lewisham, body, 2019, 2026);
        Assert.Equal(2019, rotation[0].Date.Year);
        var days = lewisham.Versions.SelectMany(v => new[] { v.EffectiveFrom.PlusDays(-1), v.EffectiveFrom }).Where(d => d >= lewisham.Versions[0].EffectiveFrom);
        foreach (var day in days)
        {
            var chair = Lscp.Rules.Governance.Chairs.On(lewisham, body, day);
            var year = Assert.Single(rotation, r => r.RotationYearStart <= day && day <= r.RotationYearEnd);
            Assert.True(chair.AgencyId == year.AgencyId, $"{day}: chair {chair.AgencyId}, rotation {year.AgencyId}");
        }
    }

    [Theory]
    [InlineData("executive", 2019, 4)] // 29 June 2019 to March 2020: the Aug-Sep, Oct-Nov, Dec-Jan and Feb-Mar windows wholly inside it
    [InlineData("mace", 2021, 1)] // MACE began in January 2022: its January to March 2022 quarter
    [InlineData("housing-provider-forum", 2022, 1)] // ended with the January 2022 version, on 30 June 2022: its April to June quarter
    public async Task A_body_that_exists_for_part_of_a_year_gets_a_schedule_for_that_part(string body, int year, int windows)
    {
        var expected = Lscp.Rules.Governance.MeetingSchedule.ForYear(BuiltInPartnerships.Lewisham, body, new LocalDate(year, 4, 1), Calendar);
        Assert.Equal(windows, expected.Length);
        using var response = await factory.CreateClient().GetAsync(new Uri($"/v1/partnerships/lewisham/bodies/{body}/schedule?year={year}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Length, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Count);
    }

    [Fact]
    public async Task The_service_judges_the_duties_when_the_records_carry_them()
    {
        var (status, body) = await Post("/v1/compliance", """
            {"partnership":"lewisham","asOf":"2025-06-30","period":{"start":"2024-04-01","end":"2025-03-31"},
             "records":{"documents":[{"kind":"yearlyReport","title":"Yearly report 2023-24","publishedOn":"2025-02-27",
               "signOffs":[{"partner":"lb-lewisham","signedOn":"2025-02-16"},{"partner":"met-police","signedOn":"2025-02-20","byDelegate":true}]}],
              "scrutiny":[{"model":"scrutineer","holder":"Independent scrutineer","from":"2019-06-29","to":"2024-10-31"}]}}
            """);
        Assert.Equal(HttpStatusCode.OK, status);
        var rules = body["findings"]!.AsArray().Select(f => (string?)f!["ruleId"]).ToList();
        Assert.Contains("DUTY-SIGN-01", rules);
        Assert.Contains("DUTY-SCRUT-01", rules);
        Assert.Contains("DUTY-WT2023-01", rules);
        var signed = body["findings"]!.AsArray().First(f => (string?)f!["ruleId"] == "DUTY-SIGN-01")!;
        Assert.Contains("a delegate's signature does not count", (string?)signed["message"], StringComparison.Ordinal);

        var (refused, problem) = await Post("/v1/compliance", """
            {"partnership":"lewisham","asOf":"2025-06-30","records":{"documents":[{"kind":"budget","title":"Budget 2024-25","publishedOn":"2024-04-01",
              "signOffs":[{"partner":"lewisham-schools","signedOn":"2024-03-20"}]}]}}
            """);
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal("$.records.documents[0].signOffs[0].partner", (string?)problem["errors"]![0]!["path"]);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Scrutiny_reports_each_financial_year(int reports, int findings)
    {
        var scrutiny = new ScrutinyArrangement(ScrutinyModel.Scrutineer, "Independent scrutineer", new EffectivePeriod(D("2019-06-29")));
        var published = Enumerable.Range(0, reports).Select(i => new ScrutinyReport("Scrutiny report 2024-25", D("2025-02-14")));
        var records = new PartnershipRecords([], [], scrutiny: [scrutiny], scrutinyReports: published);
        var result = ComplianceEvaluator.Evaluate(BuiltInPartnerships.Lewisham, records, new DateInterval(D("2024-04-01"), D("2025-03-31")), Rulebook.Standard, Calendar, new FixedDateClock(D("2025-06-30")));
        Assert.Equal(findings, result.Findings.Count(f => f.RuleId == RuleIds.ScrutinyReported));
    }

    [Fact]
    public async Task A_child_death_is_notified_within_48_hours_counted_in_days()
    {
        var deaths = new[] { new DeathReview("CD-2024-01", D("2024-12-24"), D("2024-12-26")), new DeathReview("CD-2024-02", D("2024-12-24"), D("2024-12-30")) };
        var clocks = DeadlineCalculator.ForRecords(new PartnershipRecords([], [], deathReviews: deaths), D("2025-06-30"), Rulebook.Standard, Calendar)
            .Where(d => d.RuleId == RuleIds.ChildDeathNotified).ToList();
        Assert.Equal([DeadlineStatus.Met, DeadlineStatus.MetLate], clocks.Select(c => c.Status));
        Assert.Equal((4, "day(s)"), clocks[1].DaysInOwnUnit);

        var (status, body) = await Post("/v1/compliance", """
            {"partnership":"lewisham","asOf":"2025-06-30","period":{"start":"2024-04-01","end":"2025-03-31"},
             "records":{"deathReviews":[{"caseReference":"CD-2024-02","learnedOn":"2024-12-24","notifiedOn":"2024-12-30"}]}}
            """);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(body["findings"]!.AsArray(), f => (string?)f!["ruleId"] == "TS-CDR-01" && (string?)f["subject"] == "death-review:CD-2024-02");

        var (refused, problem) = await Post("/v1/compliance", """{"partnership":"lewisham","asOf":"2025-06-30","records":{"deathReviews":[{"caseReference":"Baby Smith 2024-12-01","learnedOn":"2024-12-24"}]}}""");
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal("$.records.deathReviews[0].caseReference", (string?)problem["errors"]![0]!["path"]);
        Assert.DoesNotContain("Smith", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Key_documents_must_be_in_place_on_every_day_and_from_the_2023_edition_a_threshold_document_and_a_budget_each_year()
    {
        SignOff[] all = [new("lb-lewisham", D("2019-06-20")), new("nhs-lewisham-ccg", D("2019-06-20")), new("met-police", D("2019-06-20"))];
        var arrangements = new KeyDocument(KeyDocumentKind.Arrangements, "Arrangements 2019", D("2019-06-28"), all, GuidanceEdition.WorkingTogether2018);
        var thresholds = new KeyDocument(KeyDocumentKind.Thresholds, "Thresholds 2025", D("2025-10-01"), []);
        var records = new PartnershipRecords([], [], documents: [arrangements, thresholds]);

        // Before the partnership's 2023 arrangements (and before 2025): the arrangements only.
        var before = ComplianceEvaluator.Evaluate(BuiltInPartnerships.Lewisham, records, new DateInterval(D("2023-04-01"), D("2024-03-31")), Rulebook.Standard, Calendar, new FixedDateClock(D("2025-06-30")));
        Assert.DoesNotContain(before.Findings, f => f.RuleId == RuleIds.KeyDocumentsInPlace);

        var result = ComplianceEvaluator.Evaluate(BuiltInPartnerships.Lewisham, records, new DateInterval(D("2025-04-01"), D("2026-03-31")), Rulebook.Standard, Calendar, new FixedDateClock(D("2026-06-30")));
        var gaps = result.Findings.Where(f => f.RuleId == RuleIds.KeyDocumentsInPlace).ToList();
        Assert.Equal(2, gaps.Count);
        Assert.Contains(gaps, f => f.Message.Contains("threshold document", StringComparison.Ordinal) && f.From == D("2025-04-01") && f.To == D("2025-09-30"));
        Assert.Contains(gaps, f => f.Message.Contains("shared budget", StringComparison.Ordinal));
    }

    [Fact]
    public void Arrangements_are_due_from_29_June_2019_the_last_day_to_publish_them_not_from_the_duties_start()
    {
        // The duties began on 29 June 2018; areas had 12 months to publish. Arrangements published on 1 August 2019 leave
        // 29 June to 31 July 2019 uncovered, and nothing before.
        var partnership = Testshire.Partnership(d => d.Version()["effectiveFrom"] = "2018-07-01");
        var arrangements = new KeyDocument(KeyDocumentKind.Arrangements, "Arrangements 2019", D("2019-08-01"), [], GuidanceEdition.WorkingTogether2018);
        var result = ComplianceEvaluator.Evaluate(partnership, new PartnershipRecords([], [], documents: [arrangements]), new DateInterval(D("2018-07-01"), D("2019-12-31")), Rulebook.Standard, Calendar, new FixedDateClock(D("2020-06-30")));
        var gap = Assert.Single(result.Findings, f => f.RuleId == RuleIds.KeyDocumentsInPlace);
        Assert.Equal((D("2019-06-29"), D("2019-07-31")), (gap.From, gap.To));
    }

    [Fact]
    public void Published_arrangements_are_checked_against_the_contents_list_when_their_contents_are_recorded()
    {
        var covered = KeyDocument.ArrangementsContents.Except(["data", "training"]);
        var partial = new KeyDocument(KeyDocumentKind.Arrangements, "Arrangements 2024", D("2024-11-29"), [], GuidanceEdition.WorkingTogether2023, covered);
        var unrecorded = new KeyDocument(KeyDocumentKind.Arrangements, "Arrangements 2019", D("2019-06-28"), [], GuidanceEdition.WorkingTogether2018);
        var result = ComplianceEvaluator.Evaluate(BuiltInPartnerships.Lewisham, new PartnershipRecords([], [], documents: [unrecorded, partial]), new DateInterval(D("2024-04-01"), D("2025-03-31")), Rulebook.Standard, Calendar, new FixedDateClock(D("2025-06-30")));
        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.ArrangementsContents);
        Assert.Equal("Arrangements 2024 does not cover what Working Together 2023 asks of published arrangements: data, training.", finding.Message);
        Assert.Throws<ArgumentException>(() => new KeyDocument(KeyDocumentKind.Arrangements, "X", null, [], contents: ["everything"]));
    }

    [Fact]
    public async Task The_child_death_review_report_runs_no_clock_as_the_Act_leaves_the_interval_to_the_partners()
    {
        // Children Act 2004 s16M(6): "at such intervals as they consider appropriate". A 15-month gap is no statutory breach.
        var records = new PartnershipRecords([], [], deathReviewReports: [D("2024-08-15"), D("2023-06-30")]);
        Assert.Empty(DeadlineCalculator.ForRecords(records, D("2025-06-30"), Rulebook.Standard, Calendar).Where(d => d.RuleId == RuleIds.DeathReviewReported));
        var (ok, report) = await Post("/v1/compliance", """{"partnership":"lewisham","asOf":"2025-06-30","period":{"start":"2024-04-01","end":"2025-03-31"},"records":{"deathReviewReports":["2023-06-30","2024-08-15"]}}""");
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.DoesNotContain(report["findings"]!.AsArray(), f => (string?)f!["ruleId"] == "TS-CDR-02");
    }

    [Fact]
    public async Task A_partnership_that_sets_its_own_interval_for_the_child_death_review_report_gets_that_clock()
    {
        var records = new PartnershipRecords([], [], deathReviewReports: [D("2024-08-15"), D("2023-06-30")]);
        var rulebook = Rulebook.Standard.WithSetting(new ParameterSetting(RuleIds.DeathReviewReported, "months", "12", new(D("2019-09-29")), "We report yearly"));
        var clocks = DeadlineCalculator.ForRecords(records, D("2025-06-30"), rulebook, Calendar).Where(d => d.RuleId == RuleIds.DeathReviewReported).ToList();
        Assert.Equal(["death-review-report:2024-08-15", "death-review-report:next"], clocks.Select(c => c.Subject.ToString()));
        Assert.Contains("within 12 months", clocks[0].Title, StringComparison.Ordinal);
        Assert.Equal((DeadlineStatus.MetLate, 46), (clocks[0].Status, clocks[0].DaysInOwnUnit.Count!.Value));
        Assert.Equal((DeadlineStatus.Due, D("2025-08-15")), (clocks[1].Status, clocks[1].DueOn!.Value));

        var (ok, report) = await Post("/v1/compliance", """{"partnership":"lewisham","asOf":"2025-06-30","period":{"start":"2024-04-01","end":"2025-03-31"},"records":{"deathReviewReports":["2023-06-30","2024-08-15"]},"rulebook":{"settings":[{"rule":"TS-CDR-02","name":"months","value":"12","from":"2019-09-29","reason":"We report yearly"}]}}""");
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Contains(report["findings"]!.AsArray(), f => (string?)f!["ruleId"] == "TS-CDR-02");
    }

    [Theory]
    [InlineData("2021-06-01", "lb-lewisham,nhs-lewisham-ccg")]
    [InlineData("2024-06-01", "lb-lewisham,nhs-sel-icb")]
    public void The_child_death_review_partners_are_the_local_authority_and_the_health_partner_only(string date, string expected)
    {
        var partners = Lscp.Rules.Governance.ChildDeathReviewPartners.On(BuiltInPartnerships.Lewisham, D(date));
        Assert.Equal(expected, string.Join(",", partners.Select(p => p.Id)));
        Assert.DoesNotContain(partners, p => p.Id == "met-police");
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    [InlineData(null, 0)]
    public void A_yearly_report_that_does_not_refer_to_the_scrutiny_is_a_breach_and_one_that_does_not_say_is_not_judged(bool? refers, int findings)
    {
        var report = new YearlyReport(D("2023-04-01"), D("2024-03-31"), D("2024-09-27"), refersToScrutiny: refers);
        var result = ComplianceEvaluator.Evaluate(BuiltInPartnerships.Lewisham, new PartnershipRecords([], [], yearlyReports: [report]), new DateInterval(D("2024-04-01"), D("2025-03-31")), Rulebook.Standard, Calendar, new FixedDateClock(D("2025-06-30")));
        var found = result.Findings.Where(f => f.RuleId == RuleIds.YearlyReportRefersToScrutiny).ToList();
        Assert.Equal(findings, found.Count);
        Assert.All(found, f => Assert.Equal((Subject.YearlyReport("2023-24"), Severity.Breach), (f.Subject, f.Severity)));
    }

    [Fact]
    public void A_schedule_listing_is_read_checked_at_its_own_path_and_refused_for_a_statutory_partner()
    {
        var document = TestDocuments.Minimal();
        var agencies = document["versions"]![0]!["agencies"]!.AsArray();
        agencies[3]!["schedule"] = JsonNode.Parse("""{"paragraphs":[4,4,0],"provenance":"published","note":"Named in the arrangements"}""");
        agencies[0]!["schedule"] = JsonNode.Parse("""{"paragraphs":[],"provenance":"published","note":"Not a relevant agency"}""");
        Assert.False(PartnershipJson.TryRead(document.ToJsonString(), out _, out var errors));
        Assert.Equal(
            ["$.versions[0].agencies[0].schedule", "$.versions[0].agencies[3].schedule.paragraphs[1]", "$.versions[0].agencies[3].schedule.paragraphs[2]"],
            errors.Select(e => e.Path).Order(StringComparer.Ordinal));

        agencies[0]!.AsObject().Remove("schedule");
        agencies[3]!["schedule"] = JsonNode.Parse("""{"paragraphs":[4, 30],"provenance":"published","note":"Named in the arrangements"}""");
        document.Version()["bodies"]!.AsArray().Add(JsonNode.Parse("""
            {"id":"cdop","name":"Child Death Overview Panel","kind":"childDeathOverviewPanel","from":"2024-04-01","members":[{"agency":"council","representative":"Public health"},{"agency":"icb","representative":"Designated doctor"}]}
            """));
        var partnership = PartnershipJson.Read(document.ToJsonString());
        Assert.Equal(BodyKind.ChildDeathOverviewPanel, partnership.Versions[0].Bodies.Single(b => b.Id == "cdop").Kind);
        var school = Assert.Single(Lscp.Rules.Governance.RelevantAgencyRegister.On(partnership, D("2024-06-01")));
        Assert.Equal(Lscp.Rules.Governance.ScheduleStanding.InSchedule, school.Standing);
        // Paragraph 4 is held with its text; paragraph 30 keeps its number, its category not recorded.
        Assert.Equal([(4, true), (30, false)], school.Paragraphs.Select(p => (p.Paragraph, p.Category is not null)));
    }
}

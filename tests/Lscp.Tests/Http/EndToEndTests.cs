using Lscp.Client;
using Lscp.Client.Contracts;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Model.Serialization;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Reporting;
using Lscp.Rules.Timescales;
using Lscp.Tests.Model;
using Lscp.Tests.Rules;
using NodaTime;
using static Lscp.Tests.Support.Dates;
using Lscp.Rules.Compliance;

namespace Lscp.Tests.Http;

/// <summary>The typed client against the real facade in process: every area gives the library's own answers.</summary>
public sealed class EndToEndTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    private readonly LscpClient _client = factory.Client();

    [Fact]
    public async Task Health_names_the_versions()
    {
        var health = await _client.GetHealthAsync();
        Assert.Equal("healthy", health.Status);
        Assert.Equal(Rulebook.StandardVersion, health.RulebookVersion);
    }

    [Fact]
    public async Task Calendar_answers_match_the_library()
    {
        Assert.Equal(D("2024-12-31"), (await _client.AddWorkingDaysAsync(D("2024-12-20"), 5)).Result);
        Assert.Equal(5, (await _client.WorkingDaysBetweenAsync(D("2024-12-20"), D("2024-12-31"))).WorkingDays);
        var christmas = await _client.IsWorkingDayAsync(D("2022-12-27"));
        Assert.False(christmas.IsWorkingDay);
        Assert.Equal("Christmas Day (substitute day)", christmas.BankHoliday!.Name);
        Assert.Contains((await _client.GetBankHolidaysAsync(2022)).Holidays, h => h.Date == D("2022-09-19"));
    }

    [Fact]
    public async Task Partnership_questions_match_the_library()
    {
        Assert.Contains(await _client.ListPartnershipsAsync(), p => p.Id == "lewisham" && p.Versions.Length == 3);
        var arrangements = await _client.GetArrangementsAsync("lewisham", D("2021-06-01"));
        Assert.Equal(D("2019-06-29"), arrangements.EffectiveFrom);
        Assert.Equal("lead representative", arrangements.Terminology.LeadTitle);
        Assert.Contains(arrangements.Arrangements.Bodies!, b => b.Id == "concern-hub");
        Assert.Equal("Martin Wilkinson", (await _client.GetChairAsync("lewisham", "executive", D("2020-06-01"))).Person);
        Assert.Equal(7, (await _client.GetRotationScheduleAsync("lewisham", "executive", 2020, 2026)).Length);
        Assert.Equal(6, (await _client.GetMeetingScheduleAsync("lewisham", "executive", 2024)).Length);
        var ics = await _client.GetMeetingScheduleIcsAsync("lewisham", "executive", 2024);
        Assert.Equal(6, ics.Split("BEGIN:VEVENT").Length - 1);
        var chain = Assert.Single(await _client.GetAccountabilityAsync("lewisham", "Ceri Jacob", D("2024-06-01")));
        Assert.Equal("nhs-sel-icb", chain.AccountableAgencyId);
    }

    [Fact]
    public async Task Quorum_of_a_posted_meeting()
    {
        var meeting = new Meeting("exec", "executive", D("2024-09-10"), "lb-lewisham",
            [new Attendance("lb-lewisham", AttendanceStatus.Present), new Attendance("nhs-sel-icb", AttendanceStatus.Present), new Attendance("met-police", AttendanceStatus.Apologies)]);
        var result = await _client.CheckQuorumAsync("lewisham", meeting);
        Assert.False(result.IsQuorate);
        Assert.Contains("no police representative (Metropolitan Police Service)", result.Missing);
    }

    [Fact]
    public async Task Quorum_on_a_partnership_posted_as_a_document()
    {
        var document = System.Text.Json.JsonSerializer.Deserialize(TestDocuments.Minimal().ToJsonString(), PartnershipJsonContext.Default.PartnershipDocument);
        var meeting = new MeetingDocument { Id = "m", Body = "executive", Date = "2024-05-14", Attendance = [new() { Agency = "council", Status = "present" }] };
        var result = await _client.CheckQuorumAsync(new QuorumRequest(null, document, meeting));
        Assert.Equal(2, result.Missing.Length);
    }

    [Fact]
    public async Task Deadlines_of_a_posted_incident()
    {
        var deadlines = await _client.GetDeadlinesAsync(new SeriousIncident("C-2", D("2024-12-16"), D("2024-12-19"), rapidReviewSentOn: D("2025-01-17")), D("2025-02-01"));
        var rapid = deadlines.Single(d => d.RuleId == RuleIds.RapidReview);
        Assert.Equal((D("2025-01-14"), DeadlineStatus.MetLate, 3), (rapid.DueOn!.Value, rapid.Status, rapid.WorkingDays!.Value));
    }

    [Fact]
    public async Task Compliance_of_posted_records_matches_the_library_report()
    {
        var records = LewishamYear.Records2024(BuiltInPartnerships.Lewisham);
        var report = await _client.EvaluateComplianceAsync("lewisham", records, new DateInterval(D("2024-04-01"), D("2025-03-31")), D("2025-06-30"));
        var local = ComplianceReportBuilder.Build(BuiltInPartnerships.Lewisham, records, new DateInterval(D("2024-04-01"), D("2025-03-31")), Rulebook.Standard, Lscp.Rules.Calendar.WorkingDayCalendar.EnglandAndWales, new FixedDateClock(D("2025-06-30")));
        Assert.Equal(ComplianceReportJson.Write(local), ComplianceReportJson.Write(report));
    }

    [Fact]
    public async Task Compliance_defaults_to_the_financial_year_of_the_services_date()
    {
        var report = await _client.EvaluateComplianceAsync(new ComplianceRequest("lewisham", null, null, null, null));
        Assert.Equal(new DateInterval(D("2025-04-01"), D("2026-03-31")), report.Result.Period);
        Assert.Equal(LscpServiceFactory.Today, report.Result.EvaluatedOn);
    }

    [Fact]
    public async Task A_posted_suspension_turns_a_breach_into_information()
    {
        var records = RecordsJson.ToDocument(LewishamYear.Records2024(BuiltInPartnerships.Lewisham));
        var period = new DateInterval(D("2024-04-01"), D("2025-03-31"));
        var plain = await _client.EvaluateComplianceAsync(new ComplianceRequest("lewisham", null, records, period, D("2025-06-30")));
        var suspended = await _client.EvaluateComplianceAsync(new ComplianceRequest("lewisham", null, records, period, D("2025-06-30"),
            new RulebookDocument { Suspensions = [new() { Rule = RuleIds.MeetingQuorate, From = "2024-09-01", To = "2024-09-30", Reason = "Local emergency" }] }));
        Assert.Equal(Lscp.Rules.Compliance.Severity.Breach, plain.Result.Findings.Single(f => f.RuleId == RuleIds.MeetingQuorate).Severity);
        Assert.Equal(Lscp.Rules.Compliance.Severity.Information, suspended.Result.Findings.Single(f => f.RuleId == RuleIds.MeetingQuorate).Severity);
        Assert.NotEqual(plain.Result.RulebookVersion, suspended.Result.RulebookVersion);

        var error = await Assert.ThrowsAsync<LscpApiException>(() => _client.EvaluateComplianceAsync(new ComplianceRequest("lewisham", null, records, period, D("2025-06-30"),
            new RulebookDocument { Settings = [new() { Rule = "GOV-NOPE-01", Name = "x", Value = "1", From = "2024-01-01", Reason = "r" }] })));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.Status);
        Assert.Contains(error.Problem!.Errors!.Value, e => e.Path == "$.rulebook.settings[0]");
    }

    [Fact]
    public async Task Rules_carry_citations()
    {
        var rules = await _client.ListRulesAsync();
        Assert.Equal(RuleCatalogue.All.Length, rules.Length);
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Citation.Source)));
    }

    [Fact]
    public async Task A_problem_reaches_the_caller_as_an_exception_with_its_details()
    {
        var error = await Assert.ThrowsAsync<LscpApiException>(() => _client.GetArrangementsAsync("lewisham", D("2019-01-01")));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.Status);
        Assert.Contains("2019-06-29", error.Problem!.Detail);
    }
}

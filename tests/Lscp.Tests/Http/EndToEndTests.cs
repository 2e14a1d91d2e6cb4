using System.Net;
using Lscp.Client;
using Lscp.Contracts;
using Lscp.Contracts.Documents;
using Lscp.Adapters;
using Lscp.Model;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Rules.Reporting;
using Lscp.Tests.Model;
using Lscp.Tests.Rules;
using NodaTime;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Http;

/// <summary>The Refit client against the real facade in process: every area gives the library's own answers, in the wire's words.</summary>
public sealed class EndToEndTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    private readonly ILscpApi _client = factory.Client();

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
        Assert.Equal(BankHolidayOrigin.SubstituteDay, christmas.BankHoliday.Origin);
        Assert.Null((await _client.IsWorkingDayAsync(D("2022-12-28"))).BankHoliday);
        Assert.Contains((await _client.GetBankHolidaysAsync(2022)).Holidays, h => h.Date == D("2022-09-19"));
    }

    [Fact]
    public async Task Partnership_questions_match_the_library()
    {
        Assert.Contains(await _client.ListPartnershipsAsync(), p => p.Id == "lewisham" && p.Versions.Count == 3);
        var arrangements = await _client.GetArrangementsAsync("lewisham", D("2021-06-01"));
        Assert.Equal(D("2019-06-29"), arrangements.EffectiveFrom);
        Assert.Equal("lead representative", arrangements.Terminology.LeadTitle);
        Assert.Equal(Contracts.GuidanceEdition.WorkingTogether2018, arrangements.Terminology.Edition);
        Assert.Contains(arrangements.Arrangements.Bodies!, b => b.Id == "concern-hub");
        Assert.Equal("Martin Wilkinson", (await _client.GetChairAsync("lewisham", "executive", D("2020-06-01"))).Person);
        Assert.Equal(7, (await _client.GetRotationScheduleAsync("lewisham", "executive", 2020, 2026)).Count);
        Assert.Equal(6, (await _client.GetMeetingScheduleAsync("lewisham", "executive", 2024)).Count);
        var ics = await _client.GetMeetingScheduleIcsAsync("lewisham", "executive", 2024);
        Assert.Equal(6, ics.Split("BEGIN:VEVENT").Length - 1);
        var chain = Assert.Single(await _client.GetAccountabilityAsync("lewisham", D("2024-06-01"), person: "Ceri Jacob"));
        Assert.Equal("nhs-sel-icb", chain.AccountableAgencyId);
    }

    [Theory]
    [InlineData("2020-06-01")]
    [InlineData("2024-06-01")]
    public async Task The_arrangements_carry_each_bodys_chair_as_the_chair_endpoint_answers_it(string date)
    {
        var arrangements = await _client.GetArrangementsAsync("lewisham", D(date));
        var chaired = arrangements.Arrangements.Bodies!.Where(b => b.Chair is not null && D(b.From!) <= D(date) && (b.To is null || D(b.To) >= D(date))).Select(b => b.Id).ToList();
        Assert.NotEmpty(chaired);
        Assert.Equal(chaired, arrangements.Chairs.Select(c => c.BodyId));
        foreach (var chair in arrangements.Chairs)
        {
            Assert.Equal(await _client.GetChairAsync("lewisham", chair.BodyId, D(date)), chair);
        }
    }

    [Fact]
    public async Task The_relevant_agencies_register_drops_an_agency_on_the_day_it_ceased_and_says_what_is_not_recorded()
    {
        var before = await _client.GetRelevantAgenciesAsync("lewisham", D("2021-06-25"));
        var after = await _client.GetRelevantAgenciesAsync("lewisham", D("2021-06-26"));
        Assert.Contains(before.Agencies, a => a.Id == "community-rehabilitation-company");
        Assert.DoesNotContain(after.Agencies, a => a.Id == "community-rehabilitation-company");
        Assert.Equal(before.Agencies.Count - 1, after.Agencies.Count);
        var crc = Assert.Single(after.Ceased);
        Assert.Equal(("community-rehabilitation-company", D("2021-06-26")), (crc.Id, crc.CeasedOn));
        Assert.Empty(before.Ceased);

        var schools = Assert.Single(after.Agencies, a => a.Id == "lewisham-schools");
        Assert.Equal(Contracts.ScheduleStanding.InSchedule, schools.Standing);
        Assert.Equal([1, 2, 3, 4, 5], schools.Paragraphs.Select(p => p.Paragraph));
        Assert.All(schools.Paragraphs, p => Assert.Equal("Education and childcare", p.Heading));
        Assert.Equal(Contracts.Provenance.Inferred, schools.Basis!.Provenance);
        // Nothing Lewisham publishes places its other agencies in the Schedule, so none is guessed.
        Assert.All(after.Agencies.Where(a => a.Id != "lewisham-schools"), a => Assert.Equal((Contracts.ScheduleStanding.NotRecorded, 0, null), (a.Standing, a.Paragraphs.Count, a.Basis)));
        Assert.Contains("SI 2018/789", after.ScheduleSource, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_child_death_review_partners_are_the_council_and_the_health_partner_of_the_day_not_the_police()
    {
        var ccg = await _client.GetChildDeathReviewPartnersAsync("lewisham", D("2022-06-30"));
        var icb = await _client.GetChildDeathReviewPartnersAsync("lewisham", D("2022-07-01"));
        Assert.Equal(["lb-lewisham", "nhs-lewisham-ccg"], ccg.Partners.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["lb-lewisham", "nhs-sel-icb"], icb.Partners.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(icb.Partners, p => p.Kind == Contracts.AgencyKind.Police);
        Assert.Contains("s16Q", icb.Source, StringComparison.Ordinal);

        var tooEarly = await Assert.ThrowsAsync<Lscp.Client.LscpApiException>(() => _client.GetChildDeathReviewPartnersAsync("lewisham", D("2019-01-01")));
        Assert.Equal(404, (int)tooEarly.StatusCode);
    }

    [Fact]
    public async Task Quorum_of_a_posted_meeting()
    {
        var meeting = new MeetingDocument
        {
            Id = "exec",
            Body = "executive",
            Date = "2024-09-10",
            Chair = "lb-lewisham",
            Attendance = [new() { Agency = "lb-lewisham", Status = "present" }, new() { Agency = "nhs-sel-icb", Status = "present" }, new() { Agency = "met-police", Status = "apologies" }],
        };
        var result = await _client.CheckQuorumAsync(new QuorumRequest("lewisham", null, meeting));
        Assert.Equal(Contracts.QuorumOutcome.NotQuorate, result.Outcome);
        Assert.Contains("no police representative (Metropolitan Police)", result.Missing);
    }

    [Fact]
    public async Task Quorum_on_a_partnership_posted_as_a_document()
    {
        var document = System.Text.Json.JsonSerializer.Deserialize(TestDocuments.Minimal().ToJsonString(), Lscp.Contracts.LscpJsonContext.Default.PartnershipDocument);
        var meeting = new MeetingDocument { Id = "m", Body = "executive", Date = "2024-05-14", Attendance = [new() { Agency = "council", Status = "present" }] };
        var result = await _client.CheckQuorumAsync(new QuorumRequest(null, document, meeting));
        Assert.Equal(2, result.Missing.Count);
    }

    [Fact]
    public async Task Deadlines_of_a_posted_incident_speak_camelCase()
    {
        var incident = new IncidentDocument { CaseReference = "C-2", LocalAuthorityAwareOn = "2024-12-16", NotifiedPanelOn = "2024-12-19", RapidReviewSentOn = "2025-01-17" };
        var deadlines = await _client.GetDeadlinesAsync(new DeadlinesRequest(incident, null, D("2025-02-01")));
        var rapid = deadlines.Deadlines.Single(d => d.RuleId == RuleIds.RapidReview);
        Assert.Equal((D("2025-01-14"), DeadlineStatus.MetLate, 3), (rapid.DueOn!.Value, rapid.Status, rapid.WorkingDays!.Value));
        // Each rule a clock names is cited once, in the answer's rules, and nowhere else.
        Assert.Equal(deadlines.Deadlines.Select(d => d.RuleId).Distinct().Order(StringComparer.Ordinal), deadlines.Rules.Keys);
        Assert.Equal(Rulebook.Standard.Definition(RuleIds.RapidReview).Citation.Source, deadlines.Rules[RuleIds.RapidReview].Citation.Source);

        using var raw = await factory.CreateClient().PostAsync(new Uri("/v1/deadlines", UriKind.Relative), new StringContent(
            """{"incident":{"caseReference":"C-2","localAuthorityAwareOn":"2024-12-16","notifiedPanelOn":"2024-12-19","rapidReviewSentOn":"2025-01-17"},"asOf":"2025-02-01"}""",
            System.Text.Encoding.UTF8,
            "application/json"));
        var text = await raw.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":\"metLate\"", text, StringComparison.Ordinal);
        Assert.Contains("\"confidence\":\"likely\"", text, StringComparison.Ordinal);
        Assert.Equal(deadlines.Rules.Count, System.Text.RegularExpressions.Regex.Count(text, "\"citation\":"));
        Assert.DoesNotContain("isMissed", text, StringComparison.Ordinal);
        Assert.DoesNotContain(":null", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compliance_of_posted_records_matches_the_library_report()
    {
        var records = LewishamYear.Records2024(BuiltInPartnerships.Lewisham);
        var period = new DateInterval(D("2024-04-01"), D("2025-03-31"));
        var report = await _client.EvaluateComplianceAsync(new ComplianceRequest("lewisham", null, RecordsJson.ToDocument(records), new PeriodRequest(period.Start, period.End), D("2025-06-30")));
        var local = ComplianceReportBuilder.Build(BuiltInPartnerships.Lewisham, records, period, Rulebook.Standard, Lscp.Rules.Calendar.WorkingDayCalendar.EnglandAndWales, new FixedDateClock(D("2025-06-30")));
        var json = System.Text.Json.JsonSerializer.Serialize(local.ToContract(), LscpJsonContext.Default.ComplianceResponse);
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(report, LscpJsonContext.Default.ComplianceResponse));
        Assert.Equal(Contracts.Verdict.NotCompliant, report.Verdict);
    }

    [Fact]
    public async Task Compliance_defaults_to_the_financial_year_of_the_services_date()
    {
        var report = await _client.EvaluateComplianceAsync(new ComplianceRequest("lewisham", null, null, null, null));
        Assert.Equal(new DateRange(D("2025-04-01"), D("2026-03-31")), report.Period);
        Assert.Equal(LscpServiceFactory.Today, report.EvaluatedOn);
    }

    [Fact]
    public async Task A_posted_suspension_turns_a_breach_into_information()
    {
        var records = RecordsJson.ToDocument(LewishamYear.Records2024(BuiltInPartnerships.Lewisham));
        var period = new PeriodRequest(D("2024-04-01"), D("2025-03-31"));
        var plain = await _client.EvaluateComplianceAsync(new ComplianceRequest("lewisham", null, records, period, D("2025-06-30")));
        var suspended = await _client.EvaluateComplianceAsync(new ComplianceRequest("lewisham", null, records, period, D("2025-06-30"),
            new RulebookDocument { Suspensions = [new() { Rule = RuleIds.MeetingQuorate, From = "2024-09-01", To = "2024-09-30", Reason = "Local emergency" }] }));
        Assert.Equal(Contracts.Severity.Breach, plain.Findings.Single(f => f.RuleId == RuleIds.MeetingQuorate).Severity);
        Assert.Equal(Contracts.Severity.Information, suspended.Findings.Single(f => f.RuleId == RuleIds.MeetingQuorate).Severity);
        Assert.NotEqual(plain.RulebookVersion, suspended.RulebookVersion);

        var error = await Assert.ThrowsAsync<LscpApiException>(() => _client.EvaluateComplianceAsync(new ComplianceRequest("lewisham", null, records, period, D("2025-06-30"),
            new RulebookDocument { Settings = [new() { Rule = "GOV-NOPE-01", Name = "x", Value = "1", From = "2024-01-01", Reason = "r" }] })));
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains(error.Problem!.Errors!, e => e.Path == "$.rulebook.settings[0].rule");
    }

    [Fact]
    public async Task Rules_carry_citations()
    {
        var rules = await _client.ListRulesAsync();
        Assert.Equal(RuleCatalogue.All.Length, rules.Count);
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Citation.Source)));
    }

    [Fact]
    public async Task A_problem_reaches_the_caller_as_an_exception_with_its_details()
    {
        var error = await Assert.ThrowsAsync<LscpApiException>(() => _client.GetArrangementsAsync("lewisham", D("2019-01-01")));
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        var only = Assert.Single(error.Problem!.Errors!);
        Assert.Equal("date", only.Path);
        Assert.Contains("2019-06-29", only.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.Problem.TraceId));
    }

    [Fact]
    public void The_client_registers_through_the_HttpClientFactory()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddLscpClient(new Uri("http://localhost:5080/"));
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        Assert.NotNull(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ILscpApi>(provider));
    }
}

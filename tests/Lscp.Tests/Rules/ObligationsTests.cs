using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Lscp.Adapters;
using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Reporting;
using Lscp.Rules.Timescales;
using Lscp.Scenarios;
using Lscp.Tests.Http;
using Lscp.Tests.Support;
using NodaTime;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Rules;

/// <summary>What is due, and when: the obligations horizon, its agreement with the compliance report, and POST /v1/obligations.</summary>
public sealed class ObligationsTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    /// <summary>One executive meeting on 10 April 2025, and an incident notified on 24 April 2025 with no rapid review yet.</summary>
    private static PartnershipRecords Spring2025() => new(
        [new Meeting("executive-2025-04-10", "executive", D("2025-04-10"), null, [])],
        [],
        [new SeriousIncident("LSCP-2025-001", D("2025-04-22"), notifiedPanelOn: D("2025-04-24"), reportedToPartnersOn: D("2025-04-24"))]);

    [Fact]
    public void On_a_Monday_morning_the_list_names_the_open_clocks_and_each_bodys_next_meeting_by_its_latest_day()
    {
        var list = ObligationsHorizon.Build(BuiltInPartnerships.Lewisham, Spring2025(), D("2025-05-01"), 91, Rulebook.Standard, Calendar);
        Assert.Equal(D("2025-07-31"), list.Until);

        // The rapid review: 15 working days from the Panel's notification on Thursday 24 April, 5 May a bank holiday.
        var rapid = Assert.Single(list.Obligations, o => o.RuleId == RuleIds.RapidReview);
        Assert.Equal((D("2025-05-16"), false, "incident:LSCP-2025-001"), (rapid.LatestOn, rapid.Overdue, rapid.Subject.ToString()));
        Assert.DoesNotContain(list.Obligations, o => o.RuleId == RuleIds.PanelNotified);

        // The executive meets bi-monthly: April-May is met (10 April); June-July ends on 31 July, the horizon's last day.
        var cadence = list.Obligations.Where(o => o.RuleId == RuleIds.MeetsEachInterval && o.Subject == Subject.Body("executive")).ToList();
        Assert.Equal([D("2025-07-31")], cadence.Select(o => o.LatestOn));
        // A day less, and that window is not yet due: it opens in the horizon but ends after it.
        Assert.DoesNotContain(ObligationsHorizon.Build(BuiltInPartnerships.Lewisham, Spring2025(), D("2025-05-01"), 90, Rulebook.Standard, Calendar).Obligations,
            o => o.RuleId == RuleIds.MeetsEachInterval && o.Subject == Subject.Body("executive"));
        // No gap longer than two months plus the 14 days' default tolerance: by 24 June, a default to confirm.
        var gap = Assert.Single(list.Obligations, o => o.RuleId == RuleIds.NoLongGap && o.Subject == Subject.Body("executive"));
        Assert.Equal((D("2025-06-24"), false), (gap.LatestOn, gap.Overdue));
        Assert.Contains(gap.Basis, b => b.Provenance == Lscp.Model.Provenance.Default);

        // One list in date order, each rule cited once.
        Assert.Equal(list.Obligations.Select(o => o.LatestOn).Order(), list.Obligations.Select(o => o.LatestOn));
        Assert.Equal(list.Obligations.Select(o => o.RuleId).Distinct().Order(StringComparer.Ordinal), list.Cited.Select(c => c.RuleId));
    }

    [Fact]
    public void A_body_that_has_gone_too_long_without_meeting_is_overdue_and_a_met_clock_is_not_listed()
    {
        var records = Spring2025();
        var list = ObligationsHorizon.Build(BuiltInPartnerships.Lewisham, records, D("2025-07-01"), 30, Rulebook.Standard, Calendar);
        var gap = Assert.Single(list.Obligations, o => o.RuleId == RuleIds.NoLongGap && o.Subject == Subject.Body("executive"));
        Assert.Equal((D("2025-06-24"), true), (gap.LatestOn, gap.Overdue));
        // What would put it right: a meeting as soon as possible, with the seats its quorum needs.
        Assert.Contains("Meet as soon as possible", gap.Action, StringComparison.Ordinal);
        Assert.All(BuiltInPartnerships.Lewisham.ArrangementsOn(D("2025-07-01")).StatutoryPartners, p => Assert.Contains(p.Name, gap.Facts.Single(f => f.Name == "quorum").Value, StringComparison.Ordinal));
        var rapid = Assert.Single(list.Obligations, o => o.RuleId == RuleIds.RapidReview);
        Assert.True(rapid.Overdue);

        var sent = new PartnershipRecords(records.Meetings, [], [new SeriousIncident("LSCP-2025-001", D("2025-04-22"), notifiedPanelOn: D("2025-04-24"), reportedToPartnersOn: D("2025-04-24"), rapidReviewSentOn: D("2025-05-15"))]);
        Assert.DoesNotContain(ObligationsHorizon.Build(BuiltInPartnerships.Lewisham, sent, D("2025-07-01"), 30, Rulebook.Standard, Calendar).Obligations, o => o.RuleId == RuleIds.RapidReview);
    }

    public static TheoryData<string> Samples => [.. Directory.GetFiles(Repository.Path("samples", "scenarios")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_list_and_the_compliance_report_agree_on_every_open_clock(string file)
    {
        var scenario = ScenarioReader.Read(Repository.Path("samples", "scenarios", file));
        var (partnership, records, asOf, rulebook) = (scenario.Partnership, scenario.Records, scenario.AsOf, scenario.Rulebook);
        var list = ObligationsHorizon.Build(partnership, records, asOf, ObligationsHorizon.MaxDays, rulebook, Calendar);
        var clocks = list.Obligations.Where(o => DeadlineCalculator.Rules.Any(r => r.Id == o.RuleId)).Select(o => (o.RuleId, o.Subject, o.LatestOn, o.Overdue)).ToHashSet();

        // Every clock the report counts to the same day and finds due within the horizon, or overdue, is on the list.
        var report = ComplianceReportBuilder.Build(partnership, records, FinancialYear.Containing(asOf), rulebook, Calendar, asOf);
        var open = report.Deadlines.Where(d => d.Status == DeadlineStatus.Overdue || (d.Status == DeadlineStatus.Due && d.DueOn <= list.Until)).ToList();
        Assert.All(open, d => Assert.Contains((d.RuleId, d.Subject, d.DueOn!.Value, d.Status == DeadlineStatus.Overdue), clocks));
        // And the list holds no clock the records do not have open on that day.
        var all = DeadlineCalculator.ForRecords(records, asOf, rulebook, Calendar)
            .Where(d => d.Status == DeadlineStatus.Overdue || (d.Status == DeadlineStatus.Due && d.DueOn <= list.Until))
            .Select(d => (d.RuleId, d.Subject, d.DueOn!.Value, d.Status == DeadlineStatus.Overdue)).ToHashSet();
        Assert.True(all.SetEquals(clocks), $"{file}: the list's clocks differ from the records' open clocks");
    }

    [Fact]
    public async Task The_service_answers_the_list_and_refuses_a_horizon_out_of_range_at_its_field()
    {
        var records = RecordsJson.Write(Spring2025());
        string Body(int? days) => $$"""{"partnership":"lewisham","asOf":"2025-05-01",{{(days is { } d ? $"\"horizonDays\":{d}," : string.Empty)}}"records":{{records}}}""";
        using var client = factory.CreateClient();
        using var ok = await client.PostAsync(new Uri("/v1/obligations", UriKind.Relative), new StringContent(Body(null), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var answer = JsonNode.Parse(await ok.Content.ReadAsStringAsync())!;
        Assert.Equal("2025-07-30", (string?)answer["until"]);
        Assert.Contains(answer["obligations"]!.AsArray(), o => (string?)o!["ruleId"] == RuleIds.RapidReview && (string?)o["latestOn"] == "2025-05-16");
        Assert.NotNull(answer["rules"]![RuleIds.RapidReview]!["citation"]);

        // A date out of range is named once, at its own field; a horizon past the last record date at the horizon's.
        foreach (var (asOf, days, path) in new[] { ("2199-01-01", 90, "$.asOf"), ("2195-12-01", 90, "$.horizonDays") })
        {
            var text = "{\"partnership\":\"lewisham\",\"asOf\":\"" + asOf + "\",\"horizonDays\":" + days + "}";
            using var refused = await client.PostAsync(new Uri("/v1/obligations", UriKind.Relative), new StringContent(text, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var errors = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]!.AsArray();
            Assert.Equal([path], errors.Select(e => (string?)e!["path"]));
        }

        foreach (var days in new[] { 0, 367 })
        {
            using var refused = await client.PostAsync(new Uri("/v1/obligations", UriKind.Relative), new StringContent(Body(days), Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]![0]!;
            Assert.Equal("$.horizonDays", (string?)error["path"]);
        }

        var typed = await factory.Client().GetObligationsAsync(new Contracts.ObligationsRequest("lewisham", null, RecordsJson.ToDocument(Spring2025()), D("2025-05-01"), 30));
        Assert.Equal(D("2025-05-31"), typed.Until);
        Assert.Contains(typed.Obligations, o => o.RuleId == RuleIds.RapidReview && o.LatestOn == D("2025-05-16"));
    }

    [Fact]
    public async Task The_list_downloads_as_a_calendar_that_Ical_Net_reads_one_event_on_each_latest_day()
    {
        var request = new Contracts.ObligationsRequest("lewisham", null, RecordsJson.ToDocument(Spring2025()), D("2025-07-01"), 30);
        var client = factory.Client();
        var list = await client.GetObligationsAsync(request);
        var calendar = Ical.Net.Calendar.Load(await client.GetObligationsIcsAsync(request))!;
        Assert.Equal(list.Obligations.Count, calendar.Events.Count);
        Assert.True(list.Obligations.Count >= 2);
        foreach (var o in list.Obligations)
        {
            var e = Assert.Single(calendar.Events, e => e.Summary!.EndsWith($"{o.RuleId} {o.Subject}", StringComparison.Ordinal) && e.Start!.Value == o.LatestOn.ToDateTimeUnspecified());
            Assert.Equal(o.Overdue, e.Summary!.StartsWith("OVERDUE: ", StringComparison.Ordinal));
            Assert.Contains(list.Rules[o.RuleId].Citation.Source[..40], e.Description, StringComparison.Ordinal);
            Assert.Contains(o.Action[..30], e.Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_runner_prints_what_is_due_overdue_first_then_by_week_with_each_source_once()
    {
        var scenario = ScenarioReader.Read(Repository.Path("samples", "scenarios", "lewisham-2024-25-compliant.yaml"));
        var due = ScenarioRunner.Due(scenario, 120);
        Assert.Equal(scenario.AsOf.PlusDays(120), due.Until);
        var text = ObligationsText.Render(due);
        var overdue = text.IndexOf("\nOverdue\n", StringComparison.Ordinal);
        var firstWeek = text.IndexOf("\nWeek of ", StringComparison.Ordinal);
        Assert.True(overdue > 0 && firstWeek > overdue, text[..Math.Min(400, text.Length)]);
        Assert.All(due.Obligations, o => Assert.Contains($"{o.RuleId} {o.Subject}: {o.Action}", text, StringComparison.Ordinal));
        Assert.All(due.Rules, r => Assert.Equal(1, text.Split($"  {r.Key} {r.Value.Title}: {r.Value.Citation.Source}").Length - 1));
    }

    [Fact]
    public void A_next_meeting_says_who_must_attend_for_quorum_and_lapsing_scrutiny_is_due_the_day_after_it_ends()
    {
        var list = ObligationsHorizon.Build(BuiltInPartnerships.Lewisham, Spring2025(), D("2025-05-01"), 91, Rulebook.Standard, Calendar);
        var next = list.Obligations.First(o => o.RuleId == RuleIds.MeetsEachInterval && o.Subject == Subject.Body("executive"));
        var quorum = next.Facts.Single(f => f.Name == "quorum").Value;
        Assert.All(BuiltInPartnerships.Lewisham.ArrangementsOn(D("2025-05-01")).StatutoryPartners, p => Assert.Contains(p.Name, quorum, StringComparison.Ordinal));
        Assert.DoesNotContain(list.Obligations, o => o.RuleId == RuleIds.ScrutinyInPlace);

        PartnershipRecords WithScrutinyTo(string end) => new(Spring2025().Meetings, [], Spring2025().Incidents,
            scrutiny: [new ScrutinyArrangement(ScrutinyModel.Scrutineer, "Independent scrutineer", new Lscp.Model.EffectivePeriod(D("2024-04-01"), D(end)))]);
        var lapsing = Assert.Single(ObligationsHorizon.Build(BuiltInPartnerships.Lewisham, WithScrutinyTo("2025-05-31"), D("2025-05-01"), 90, Rulebook.Standard, Calendar).Obligations, o => o.RuleId == RuleIds.ScrutinyInPlace);
        Assert.Equal((D("2025-06-01"), false), (lapsing.LatestOn, lapsing.Overdue));
        var lapsed = Assert.Single(ObligationsHorizon.Build(BuiltInPartnerships.Lewisham, WithScrutinyTo("2025-04-15"), D("2025-05-01"), 90, Rulebook.Standard, Calendar).Obligations, o => o.RuleId == RuleIds.ScrutinyInPlace);
        Assert.Equal((D("2025-04-16"), true), (lapsed.LatestOn, lapsed.Overdue));
        Assert.DoesNotContain(ObligationsHorizon.Build(BuiltInPartnerships.Lewisham, WithScrutinyTo("2026-03-31"), D("2025-05-01"), 90, Rulebook.Standard, Calendar).Obligations, o => o.RuleId == RuleIds.ScrutinyInPlace);
    }

    [Fact]
    public async Task A_scenario_file_gets_the_list_on_its_own_date_and_a_bad_horizon_is_refused_at_its_name()
    {
        var file = Repository.Path("samples", "scenarios", "lewisham-2024-25-compliant.yaml");
        var scenario = ScenarioReader.Read(file);
        var client = factory.Client();
        var answer = await client.GetScenarioObligationsAsync(await File.ReadAllTextAsync(file), 120);
        var library = ObligationsHorizon.Build(scenario.Partnership, scenario.Records, scenario.AsOf, 120, scenario.Rulebook, Calendar).ToContract();
        Assert.Equal((library.AsOf, library.Until), (answer.AsOf, answer.Until));
        Assert.Equal(library.Obligations.Select(o => (o.RuleId, o.Subject, o.LatestOn, o.Overdue)), answer.Obligations.Select(o => (o.RuleId, o.Subject, o.LatestOn, o.Overdue)));
        var ics = Ical.Net.Calendar.Load(await client.GetScenarioObligationsIcsAsync(await File.ReadAllTextAsync(file), 120))!;
        Assert.Equal(answer.Obligations.Count, ics.Events.Count);

        var refused = await Assert.ThrowsAsync<Lscp.Client.LscpApiException>(() => client.GetScenarioObligationsAsync(File.ReadAllText(file), 0));
        Assert.Equal("horizonDays", refused.Problem!.Errors![0].Path);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_list_on_a_samples_date_names_every_clock_its_annotations_say_is_coming_and_none_they_say_is_done(string file)
    {
        var scenario = ScenarioReader.Read(Repository.Path("samples", "scenarios", file));
        var list = ObligationsHorizon.Build(scenario.Partnership, scenario.Records, scenario.AsOf, ObligationsHorizon.MaxDays, scenario.Rulebook, Calendar);
        foreach (var expected in scenario.Expect?.Deadlines ?? [])
        {
            var listed = list.Obligations.Where(o => o.RuleId == expected.Rule && o.Subject.ToString() == expected.Subject).ToList();
            if (expected.Status is "due" or "overdue")
            {
                var obligation = Assert.Single(listed);
                Assert.Equal((expected.Due, expected.Status == "overdue"), (obligation.LatestOn.ToString("uuuu-MM-dd", null), obligation.Overdue));
            }
            else if (expected.Status is "met" or "metLate")
            {
                Assert.Empty(listed);
            }
        }
    }

    [Fact]
    public void A_rotating_chair_passes_at_the_start_of_the_next_rotation_year_when_that_falls_in_the_horizon()
    {
        // Lewisham's Executive rotates its chair each financial year (2024-25 the local authority's, as the samples say).
        var lewisham = BuiltInPartnerships.Lewisham;
        var body = lewisham.ArrangementsOn(D("2025-02-01")).Body("executive");
        var rotation = Assert.IsType<Lscp.Model.RotatingChair>(body.Chair);
        var list = ObligationsHorizon.Build(lewisham, Spring2025(), D("2025-02-01"), 90, Rulebook.Standard, Calendar);
        var change = Assert.Single(list.Obligations, o => o.RuleId == RuleIds.ChairRotates && o.Subject == Subject.Body("executive"));
        Assert.Equal(D("2025-04-01"), change.LatestOn);
        Assert.Equal(rotation.AgencyOn(D("2025-04-01")), change.Facts.Single(f => f.Name == "chairFrom").Value);
        Assert.NotEqual(change.Facts.Single(f => f.Name == "chairNow").Value, change.Facts.Single(f => f.Name == "chairFrom").Value);
        Assert.DoesNotContain(ObligationsHorizon.Build(lewisham, Spring2025(), D("2025-04-02"), 90, Rulebook.Standard, Calendar).Obligations, o => o.RuleId == RuleIds.ChairRotates && o.Subject == Subject.Body("executive"));
    }

    [Fact]
    public void Each_financial_years_shared_budget_is_due_by_the_years_end_and_a_missing_threshold_document_is_overdue()
    {
        KeyDocument Document(KeyDocumentKind kind, string title, string published) => new(kind, title, D(published), []);
        PartnershipRecords With(params KeyDocument[] documents) => new(Spring2025().Meetings, [], Spring2025().Incidents,
            documents: documents,
            scrutiny: [new ScrutinyArrangement(ScrutinyModel.Scrutineer, "Independent scrutineer", new Lscp.Model.EffectivePeriod(D("2024-04-01"), D("2026-03-31")))]);
        List<Lscp.Rules.Compliance.Obligation> Documents(PartnershipRecords records) =>
            [.. ObligationsHorizon.Build(BuiltInPartnerships.Lewisham, records, D("2025-05-01"), 90, Rulebook.Standard, Calendar).Obligations.Where(o => o.RuleId == RuleIds.KeyDocumentsInPlace)];

        var arrangements = Document(KeyDocumentKind.Arrangements, "Our partnership arrangements", "2019-06-20");
        var thresholds = Document(KeyDocumentKind.Thresholds, "Threshold document", "2024-06-01");
        var budget = Assert.Single(Documents(With(arrangements, thresholds)));
        Assert.Equal((D("2026-03-31"), false, "document:budget:Shared budget 2025-26"), (budget.LatestOn, budget.Overdue, budget.Subject.ToString()));
        // A budget published in the year before covers the year.
        Assert.Empty(Documents(With(arrangements, thresholds, Document(KeyDocumentKind.Budget, "Budget 2025-26", "2025-03-15"))));
        // No threshold document: needed from 1 January 2025, when every partnership followed Working Together 2023.
        var missing = Assert.Single(Documents(With(arrangements, Document(KeyDocumentKind.Budget, "Budget 2025-26", "2025-03-15"))));
        Assert.Equal((D("2025-01-01"), true), (missing.LatestOn, missing.Overdue));
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lscp.Adapters;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Rules.Reporting;
using Lscp.Scenarios;
using Lscp.Tests.Http;
using Lscp.Tests.Support;
using NodaTime;
using static Lscp.Tests.Support.Dates;

namespace Lscp.Tests.Rules;

/// <summary>
/// Issue 25's answers, as an inspector would test them: each rule says no more than its public text, every source can be
/// opened, every Lewisham fact is published or marked, and no verdict rests on a guess.
/// </summary>
public sealed partial class EvidenceTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly Partnership Lewisham = BuiltInPartnerships.Lewisham;

    private static ComplianceReport Report(PartnershipRecords records, string from, string to, string asOf, Rulebook? rulebook = null) =>
        ComplianceReportBuilder.Build(Lewisham, records, new DateInterval(D(from), D(to)), rulebook ?? Rulebook.Standard, Calendar, D(asOf));

    private async Task<JsonNode> Compliance(string body)
    {
        using var response = await factory.CreateClient().PostAsync(new Uri("/v1/compliance", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!;
    }

    // A delay is explained, not absorbed

    [Theory]
    [InlineData("2025-03-03", "2025-03-03", Severity.Breach)]
    [InlineData("2025-03-03", null, Severity.Breach)]
    [InlineData(null, null, Severity.Breach)]
    public void A_late_publication_keeps_its_date_and_is_a_breach_whether_or_not_the_delay_was_told(string? panel, string? secretary, Severity expected)
    {
        // Initiated 2025-01-15, delayed for a criminal trial, published 2025-10-01: due 2025-07-15, published late.
        var delay = new ReviewDelay("Criminal trial", panel is null ? null : D(panel), secretary is null ? null : D(secretary));
        var incident = new SeriousIncident("LSCP-2024-900", D("2024-12-02"), D("2024-12-04"), D("2024-12-04"), D("2024-12-20"), ReviewDecision.LocalReview,
            new LocalReview(D("2025-01-15"), D("2025-09-19"), D("2025-10-01"), [delay]));
        var report = Report(new PartnershipRecords([], [], [incident]), "2025-07-01", "2025-07-31", "2025-12-31");
        var clock = Assert.Single(report.Deadlines, d => d.RuleId == RuleIds.LocalReviewPublished);
        Assert.Equal(D("2025-07-15"), clock.DueOn);
        Assert.Equal(Lscp.Rules.Timescales.DeadlineStatus.MetLate, clock.Status);
        var finding = Assert.Single(report.Result.Findings, f => f.RuleId == RuleIds.LocalReviewPublished);
        Assert.Equal(expected, finding.Severity);
        Assert.True(finding.IsConfirmed);
        Assert.Contains(panel is not null && secretary is not null ? "The delay was explained (Criminal trial)" : "not both recorded as told of it", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_refuses_the_old_pauses_and_reads_delays()
    {
        using var refused = await factory.CreateClient().PostAsync(new Uri("/v1/deadlines", UriKind.Relative), new StringContent(
            """{"incident":{"caseReference":"C-1","localAuthorityAwareOn":"2024-12-02","notifiedPanelOn":"2024-12-04","rapidReviewSentOn":"2024-12-20","decision":"localReview","localReview":{"initiatedOn":"2025-01-15","pauses":[{"from":"2025-03-01","reason":"Trial"}]}},"asOf":"2025-12-31"}""",
            Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("pauses", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var read = await factory.CreateClient().PostAsync(new Uri("/v1/deadlines", UriKind.Relative), new StringContent(
            """{"incident":{"caseReference":"C-1","localAuthorityAwareOn":"2024-12-02","notifiedPanelOn":"2024-12-04","rapidReviewSentOn":"2024-12-20","decision":"localReview","localReview":{"initiatedOn":"2025-01-15","publishedOn":"2025-10-01","delays":[{"reason":"Trial","panelToldOn":"2025-03-03","secretaryOfStateToldOn":"2025-03-04"}]}},"asOf":"2025-12-31"}""",
            Encoding.UTF8, "application/json"));
        var body = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        var clock = body["deadlines"]!.AsArray().Single(d => (string?)d!["ruleId"] == "TS-LCSPR-01")!;
        Assert.Equal("2025-07-15", (string?)clock["dueOn"]);
        Assert.Equal("metLate", (string?)clock["status"]);
        Assert.True((bool)clock["delayExplained"]!);
        Assert.Equal("2025-03-04", (string?)clock["delays"]![0]!["secretaryOfStateToldOn"]);
    }

    // Rules by edition and date

    [Theory]
    [InlineData("2024-12-31", 0)]
    [InlineData("2025-01-02", 1)]
    public void Arrangements_following_Working_Together_2023_published_on_31_December_2024_are_in_time(string publishedOn, int findings)
    {
        var arrangements = new KeyDocument(KeyDocumentKind.Arrangements, "Arrangements 2024", D(publishedOn), [], GuidanceEdition.WorkingTogether2023);
        var scrutiny = new ScrutinyArrangement(ScrutinyModel.Scrutineer, "Independent scrutineer", new EffectivePeriod(D("2019-06-29")));
        var report = Report(new PartnershipRecords([], [], documents: [arrangements], scrutiny: [scrutiny]), "2024-12-01", "2025-01-31", "2025-06-30");
        var late = report.Result.Findings.Where(f => f.RuleId == RuleIds.ArrangementsUpdated).ToList();
        Assert.Equal(findings, late.Count);
        Assert.All(late, f => Assert.Equal(D("2025-01-01"), f.From));
    }

    [Fact]
    public void Sign_off_by_the_Lead_Safeguarding_Partners_applies_from_the_partnerships_2023_arrangements_not_from_2018()
    {
        var unsigned2020 = new KeyDocument(KeyDocumentKind.YearlyReport, "Yearly report 2019-20", D("2020-09-30"), []);
        var arrangements2023 = new KeyDocument(KeyDocumentKind.Arrangements, "Arrangements 2024", D("2024-06-28"), [], GuidanceEdition.WorkingTogether2023);
        var unsigned2024 = new KeyDocument(KeyDocumentKind.Budget, "Budget 2024-25", D("2024-07-31"), []);
        var records = new PartnershipRecords([], [], documents: [unsigned2020, arrangements2023, unsigned2024]);
        Assert.DoesNotContain(Report(records, "2020-04-01", "2021-03-31", "2021-06-30").Result.Findings, f => f.RuleId == RuleIds.KeyDocumentSigned);

        // From the day the WT2023 arrangements were published (28 June 2024), before 1 January 2025.
        var signed = Report(records, "2024-04-01", "2025-03-31", "2025-06-30").Result.Findings.Where(f => f.RuleId == RuleIds.KeyDocumentSigned).ToList();
        Assert.Equal(["document:arrangements:Arrangements 2024", "document:budget:Budget 2024-25"], signed.Select(f => f.Subject.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Arrangements_are_held_to_the_list_of_the_edition_they_follow()
    {
        var all2018 = KeyDocument.ArrangementsContents2018;
        var wt2018 = new KeyDocument(KeyDocumentKind.Arrangements, "Arrangements 2019", D("2019-06-28"), [], GuidanceEdition.WorkingTogether2018, all2018);
        var wt2023 = new KeyDocument(KeyDocumentKind.Arrangements, "Arrangements 2024", D("2024-11-29"), [], GuidanceEdition.WorkingTogether2023, all2018);
        var before = Report(new PartnershipRecords([], [], documents: [wt2018]), "2023-04-01", "2024-03-31", "2024-06-30");
        Assert.DoesNotContain(before.Result.Findings, f => f.RuleId == RuleIds.ArrangementsContents);

        var after = Report(new PartnershipRecords([], [], documents: [wt2018, wt2023]), "2024-04-01", "2025-03-31", "2025-06-30");
        var missing = Assert.Single(after.Result.Findings, f => f.RuleId == RuleIds.ArrangementsContents && f.Subject.ToString().EndsWith("2024", StringComparison.Ordinal));
        Assert.Contains("delegatedPartners, chair, education", missing.Message, StringComparison.Ordinal);
    }

    // Titles and messages from the parameters in force

    [Fact]
    public async Task A_local_rulebooks_number_is_the_one_the_answer_states()
    {
        var report = await Compliance("""
            {"partnership":"lewisham","asOf":"2025-06-30","period":{"start":"2024-04-01","end":"2025-03-31"},
             "records":{"incidents":[{"caseReference":"C-7","localAuthorityAwareOn":"2024-10-01","notifiedPanelOn":"2024-10-14"}]},
             "rulebook":{"settings":[{"rule":"TS-NOTIFY-01","name":"workingDays","value":"7","from":"2024-04-01","reason":"Local protocol"}]}}
            """);
        Assert.Contains("within 7 working days", (string?)report["rules"]!["TS-NOTIFY-01"]!["title"], StringComparison.Ordinal);
        var finding = report["findings"]!.AsArray().Single(f => (string?)f!["ruleId"] == "TS-NOTIFY-01")!;
        Assert.Contains("within 7 working days", (string?)finding["message"], StringComparison.Ordinal);
        Assert.DoesNotContain("5 working days", (string?)finding["message"], StringComparison.Ordinal);
    }

    // Confidence marks that match the words found

    [Theory]
    [InlineData("DUTY-SCRUT-01", Confidence.Likely)]
    [InlineData("TS-NOTIFY-02", Confidence.Confirmed)]
    [InlineData("GOV-DELEG-02", Confidence.LocalPractice)]
    [InlineData("GOV-ATTEND-01", Confidence.LocalPractice)]
    [InlineData("TS-CDR-02", Confidence.LocalPractice)]
    [InlineData("TS-LCSPR-02", Confidence.LocalPractice)]
    [InlineData("TS-YEARLY-02", Confidence.LocalPractice)]
    public void A_rules_confidence_matches_the_words_found(string rule, Confidence confidence) =>
        Assert.Equal(confidence, RuleCatalogue.All.Single(d => d.Id == rule).Citation.Confidence);

    [Fact]
    public void The_rapid_review_cites_the_Panels_guidance_and_the_leads_cite_Working_Together()
    {
        var rapid = RuleCatalogue.All.Single(d => d.Id == RuleIds.RapidReview).Citation;
        Assert.Contains("Panel's practice guidance", rapid.Source, StringComparison.Ordinal);
        Assert.Contains(rapid.Quotes, q => q.Words.Contains("calculated from the date that the notification was sent to the Panel", StringComparison.Ordinal));
        var leads = RuleCatalogue.All.Single(d => d.Id == RuleIds.LeadInPost).Citation;
        Assert.Contains("lead representatives", leads.Source, StringComparison.Ordinal);
        Assert.Contains("Lead Safeguarding Partners", leads.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_with_confidence_C_or_L_quotes_a_public_text_and_every_quote_can_be_opened()
    {
        foreach (var rule in RuleCatalogue.All)
        {
            if (rule.Citation.Confidence != Confidence.LocalPractice)
            {
                Assert.False(rule.Citation.Quotes.IsEmpty, $"{rule.Id} is {rule.Citation.Confidence} but quotes nothing");
            }

            foreach (var quote in rule.Citation.Quotes)
            {
                Assert.Matches(Address(), quote.Url);
                Assert.False(string.IsNullOrWhiteSpace(quote.Words), rule.Id);
            }
        }
    }

    // Only public sources

    [Fact]
    public async Task No_source_note_or_finding_names_a_document_a_reader_cannot_open()
    {
        var texts = new List<(string Where, string Text)>();
        foreach (var rule in RuleCatalogue.All)
        {
            texts.Add(($"{rule.Id} citation", rule.Citation.Source));
            texts.AddRange(rule.Citation.Quotes.Select(q => ($"{rule.Id} quote", q.ToString())));
            texts.AddRange(rule.Parameters.Select(p => ($"{rule.Id} {p.Name}", p.Description + " " + p.DefaultBasis?.Note)));
        }

        texts.Add(("lewisham.json", await File.ReadAllTextAsync(Repository.Path("src", "Lscp.Adapters", "Data", "lewisham.json"))));
        foreach (var file in Directory.EnumerateFiles(Repository.Path("samples", "scenarios")))
        {
            var outcome = ScenarioRunner.Run(ScenarioReader.Read(file));
            texts.Add((Path.GetFileName(file), ComplianceReportText.Render(outcome.Report)));
        }

        var offenders = texts.Where(t => NonPublic().IsMatch(t.Text)).Select(t => $"{t.Where}: {NonPublic().Match(t.Text).Value}").ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void The_scan_for_non_public_sources_finds_one_when_there_is_one()
    {
        Assert.Matches(NonPublic(), "ended in June 2021 (domain brief, section 5)");
        Assert.Matches(NonPublic(), "as our working notes say");
        Assert.DoesNotMatch(NonPublic(), "House of Commons Library, briefing CBP-9252");
    }

    // Every Lewisham fact published with its source, or marked

    [Fact]
    public void The_Lewisham_facts_say_what_the_published_pages_say_or_are_marked()
    {
        var current = Lewisham.ArrangementsOn(D("2024-06-01"));
        var group = current.Body("partnership-group");
        Assert.Contains(group.Members, m => m.AgencyId == "nhs-sel-icb" && m.Representative == "Managing Director (Joint Chair)");
        Assert.Contains(group.Members, m => m.AgencyId == "community" && m.Representative == "Christ the Rock Ministries");
        Assert.Equal("Community", current.Agency("community").Name);
        Assert.Contains(group.Members, m => m.AgencyId == "phoenix-community-housing" && m.Representative == "(not named)");
        Assert.Contains("(not named)", group.BasisOf("members")!.Note, StringComparison.Ordinal);
        Assert.Contains("core", group.BasisOf("members")!.Note, StringComparison.Ordinal);
        Assert.Equal("Place Executive Lead", current.Post("icb-place-executive-lead").Title);

        // Dates no page publishes are marked, with the reasoning.
        Assert.Equal(Provenance.Inferred, current.BasisOf("effectiveFrom")!.Provenance);
        Assert.Equal(Provenance.Inferred, current.BasisOf("holdings")!.Provenance);
        Assert.Null(Lewisham.Versions[0].BasisOf("effectiveFrom"));
        Assert.Contains("Effective 29 June 2019", Lewisham.Versions[0].Source, StringComparison.Ordinal);
        var hub = Lewisham.ArrangementsOn(D("2021-06-01")).Body("concern-hub");
        Assert.Equal(Provenance.Inferred, hub.BasisOf("period")!.Provenance);
        Assert.Equal(Provenance.Inferred, Lewisham.ArrangementsOn(D("2021-06-01")).Body("partnership-group").BasisOf("cadence")!.Provenance);

        // No subgroup publishes a cadence: quarterly is a default to confirm, not an inference passed off as published.
        foreach (var subgroup in current.Bodies.Where(b => b.Kind == BodyKind.Subgroup))
        {
            Assert.Equal(Provenance.Default, subgroup.BasisOf("cadence")!.Provenance);
        }
    }

    // The verdict's basis

    [Fact]
    public void A_year_with_no_subgroup_meetings_lists_them_to_confirm_and_the_verdict_counts_only_published_facts()
    {
        var compliant = ScenarioReader.Read(Repository.Path("samples", "scenarios", "lewisham-2024-25-compliant.yaml"));
        var subgroups = Lewisham.ArrangementsOn(D("2024-06-01")).Bodies.Where(b => b.Kind == BodyKind.Subgroup).Select(b => b.Id).ToHashSet();
        var records = compliant.Records;
        var withoutSubgroups = new PartnershipRecords([.. records.Meetings.Where(m => !subgroups.Contains(m.BodyId))], records.Decisions, records.Incidents, records.YearlyReports);
        var before = ComplianceReportBuilder.Build(Lewisham, records, compliant.Period, compliant.Rulebook, Calendar, compliant.AsOf);
        var after = ComplianceReportBuilder.Build(Lewisham, withoutSubgroups, compliant.Period, compliant.Rulebook, Calendar, compliant.AsOf);

        var missed = after.Result.Findings.Where(f => f.RuleId == RuleIds.MeetsEachInterval && f.Severity == Severity.Breach).ToList();
        Assert.NotEmpty(missed);
        Assert.All(missed, f => Assert.False(f.IsConfirmed));
        Assert.Equal(before.Verdict, after.Verdict);
        Assert.Contains(after.ToConfirm, b => b.Fact.EndsWith(": cadence", StringComparison.Ordinal) && b.Provenance == Provenance.Default);
        Assert.Contains("to confirm", after.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_and_the_runner_show_the_same_split()
    {
        var file = Repository.Path("samples", "scenarios", "lewisham-2024-inquorate-and-missed-rotation.yaml");
        var outcome = ScenarioRunner.Run(ScenarioReader.Read(file));
        using var response = await factory.CreateClient().PostAsync(new Uri("/v1/scenarios", UriKind.Relative), new StringContent(await File.ReadAllTextAsync(file), Encoding.UTF8, "application/yaml"));
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["report"]!;
        var unconfirmed = report["findings"]!.AsArray().Where(f => f!["toConfirm"] is not null).Select(f => $"{f!["ruleId"]} {f["subject"]}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(outcome.Report.Findings.Where(f => f.ToConfirm is { Count: > 0 }).Select(f => $"{f.RuleId} {f.Subject}").Order(StringComparer.Ordinal), unconfirmed);
        Assert.NotEmpty(unconfirmed);
        Assert.Equal(outcome.Report.ToConfirm.Count, report["toConfirm"]!.AsArray().Count);
        Assert.Contains("TO CONFIRM", ComplianceReportText.Render(outcome.Report), StringComparison.Ordinal);
        Assert.Equal(unconfirmed, Lscp.Tests.Scenarios.ScenarioTests.AnswerIn(HtmlReport.Write(outcome)).Report.Findings.Where(f => f.ToConfirm is { Count: > 0 }).Select(f => $"{f.RuleId} {f.Subject}").Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"domain brief|working notes|our notes|shared/reference|\bthe brief\b|internal (note|document)", RegexOptions.IgnoreCase)]
    private static partial Regex NonPublic();

    [GeneratedRegex(@"^https?://[^\s]+$")]
    private static partial Regex Address();
}

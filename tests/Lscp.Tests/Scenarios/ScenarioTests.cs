using Lscp.Adapters;
using Lscp.Scenarios;
using Lscp.Tests.Model;

namespace Lscp.Tests.Scenarios;

/// <summary>Every sample scenario runs and meets its expectations, so none can rot; and the reader refuses bad files clearly.</summary>
public sealed class ScenarioTests
{
    private static readonly string Folder = Support.Repository.Path("samples", "scenarios");

    public static TheoryData<string> Files => [.. ScenarioRunner.Files(Folder).Select(f => Path.GetFileName(f))];

    [Fact]
    public void There_are_at_least_five_scenarios() => Assert.True(ScenarioRunner.Files(Folder).Count >= 5);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_scenario_meets_its_expectations(string file)
    {
        var outcome = ScenarioRunner.Run(ScenarioReader.Read(Path.Combine(Folder, file)));
        Assert.NotEmpty(outcome.Expectations);
        Assert.All(outcome.Expectations, e => Assert.True(e.Passed, $"{e.Description}: expected {e.Expected}, found {e.Actual}"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_scenario_writes_one_self_contained_page_of_its_answer_drawn_by_the_page_s_renderer(string file)
    {
        var outcome = ScenarioRunner.Run(ScenarioReader.Read(Path.Combine(Folder, file)));
        var html = HtmlReport.Write(outcome);
        // The answer, as the service's JSON context writes it, member for member.
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(HtmlReport.Answer(outcome), Lscp.Contracts.LscpJsonContext.Default.ScenarioResponse),
            System.Text.Json.JsonSerializer.Serialize(AnswerIn(html), Lscp.Contracts.LscpJsonContext.Default.ScenarioResponse));
        // The page's own renderer and styles, the one copy of each, inlined; nothing loaded from elsewhere.
        Assert.Contains("<script>\n" + File.ReadAllText(Support.Repository.Path("src", "Lscp.Http", "Pages", "report.js")) + "</script>", html, StringComparison.Ordinal);
        Assert.Contains("<style>\n" + File.ReadAllText(Support.Repository.Path("src", "Lscp.Http", "Pages", "app.css")) + "</style>", html, StringComparison.Ordinal);
        Assert.Contains("complianceReport(answer)", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b(src|href)\s*=", html);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_the_answer_cannot_end_its_script_element()
    {
        var file = Write("name: a </script><b>bold</b> name\ndescription: \"</SCRIPT>\"\npartnership: lewisham\nperiod: { start: 2025-01-01, end: 2025-01-31 }\nasOf: 2025-02-15\n");
        var html = HtmlReport.Write(ScenarioRunner.Run(ScenarioReader.Read(file)));
        var answer = AnswerIn(html);
        Assert.Equal("a </script><b>bold</b> name", answer.Name);
        Assert.Equal("</SCRIPT>", answer.Description);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    /// <summary>The answer a page written by <see cref="HtmlReport"/> carries: its <c>script type="application/json"</c> element, read with the contract's JSON context.</summary>
    internal static Lscp.Contracts.ScenarioResponse AnswerIn(string html)
    {
        const string open = "<script type=\"application/json\" id=\"answer\">";
        var start = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        Assert.True(start >= open.Length, "the page carries no answer");
        var json = html[start..html.IndexOf("</script>", start, StringComparison.OrdinalIgnoreCase)];
        return System.Text.Json.JsonSerializer.Deserialize(json, Lscp.Contracts.LscpJsonContext.Default.ScenarioResponse)!;
    }

    [Fact]
    public void A_misspelt_key_is_an_error_with_its_line()
    {
        var file = Write("name: x\npartnership: lewisham\nasOf: 2025-01-01\nrecrods:\n  meetings: []\n");
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Read(file));
        Assert.Contains(":4:", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown property 'recrods'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_that_does_not_fit_the_arrangements_is_named_as_the_file_writes_it()
    {
        var file = Write("partnership: lewisham\nasOf: 2025-01-01\nrecords:\n  meetings:\n    - { id: m, body: board, date: 2024-05-14 }\n");
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Read(file));
        Assert.Contains("records.meetings[0].body: there is no body 'board'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_beyond_what_clocks_can_count_are_reported_not_thrown()
    {
        var file = Write("partnership: lewisham\nasOf: 2199-06-01\nperiod: { start: 1970-01-01, end: 2024-03-31 }\nrecords:\n  meetings: []\n  incidents:\n    - { caseReference: C-1, localAuthorityAwareOn: 2198-01-05 }\n");
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Read(file));
        Assert.Contains("asOf: 2199-06-01 is outside the supported range", error.Message, StringComparison.Ordinal);
        Assert.Contains("period.start: 1970-01-01 is outside the supported range", error.Message, StringComparison.Ordinal);
        Assert.Contains("records.incidents[0].localAuthorityAwareOn: 2198-01-05 is outside", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_values_are_all_reported_with_their_paths()
    {
        var file = Write("partnership: lewisham\nasOf: 2025-02-30\nrecords:\n  meetings:\n    - { id: m, body: executive, date: 2024-13-01 }\nexpect:\n  verdict: fine\n  findings:\n    - { rule: GOV-NOPE-01, subject: x }\n");
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Read(file));
        Assert.Contains("records.meetings[0].date", error.Message, StringComparison.Ordinal);
        Assert.Contains("asOf: '2025-02-30'", error.Message, StringComparison.Ordinal);
        Assert.Contains("expect.verdict: 'fine'", error.Message, StringComparison.Ordinal);
        Assert.Contains("expect.findings[0].rule: 'GOV-NOPE-01'", error.Message, StringComparison.Ordinal);
        Assert.Contains("expect.findings[0].subject: 'x' is not a subject: write kind:id, such as meeting:executive-2024-09-10; the kinds are partnership, agency,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_expectation_shows_both_values()
    {
        var file = Write("partnership: lewisham\nperiod: { start: 2025-01-01, end: 2025-01-31 }\nasOf: 2025-02-15\nexpect:\n  verdict: notCompliant\n  measures: { meetingsHeld: 3 }\n");
        var outcome = ScenarioRunner.Run(ScenarioReader.Read(file));
        Assert.False(outcome.Passed);
        Assert.Contains(outcome.Expectations, e => !e.Passed && e.Expected == "notCompliant" && e.Actual == "compliantWithWarnings");
        Assert.Contains(outcome.Expectations, e => !e.Passed && e.Expected == "3" && e.Actual == "0");
    }

    private static string Write(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lscp-scenario-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    /// <summary>Lewisham's relevant agencies on 31 March 2025 (the CRC has left); only schools and academies have their Schedule paragraphs recorded.</summary>
    private static readonly int LewishamRegisterSize = Lscp.Rules.Governance.RelevantAgencyRegister.On(Lscp.Adapters.BuiltInPartnerships.Lewisham, new NodaTime.LocalDate(2025, 3, 31)).Length;

    [Fact]
    public void The_duties_scenarios_get_one_cited_finding_for_each_lapse_and_none_when_kept()
    {
        var lapsed = ScenarioRunner.Run(ScenarioReader.Read(Path.Combine(Folder, "lewisham-2024-25-duties-lapsed.yaml"))).Report;
        foreach (var rule in new[] { "DUTY-SIGN-01", "DUTY-SCRUT-01", "DUTY-SCRUT-03", "DUTY-WT2023-01" })
        {
            var finding = Assert.Single(lapsed.Findings, f => f.RuleId == rule);
            Assert.Equal(Lscp.Contracts.Severity.Breach, finding.Severity);
            Assert.False(string.IsNullOrWhiteSpace(lapsed.Rules[rule].Citation.Source));
        }

        // Besides these, only the warning that Lewisham's published arrangements still name the abolished CRC.
        Assert.Equal(["DUTY-AGENCY-01", "DUTY-SCRUT-01", "DUTY-SCRUT-03", "DUTY-SIGN-01", "DUTY-WT2023-01"], lapsed.Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        var measures = ScenarioRunner.Run(ScenarioReader.Read(Path.Combine(Folder, "lewisham-2024-25-duties-lapsed.yaml"))).Report.Measures.Duties!;
        Assert.Equal(
            new Lscp.Contracts.DutyMeasures(
                DocumentsPublished: 2, DocumentsSignedByAll: 0, ScrutinyReports: 1, DaysWithoutScrutiny: 151,
                YearlyReportsPublished: 1, YearlyReportsReferringToScrutiny: 0, YearlyReportsScrutinyNotRecorded: 0,
                RelevantAgencies: LewishamRegisterSize, RelevantAgenciesCategoryNotRecorded: LewishamRegisterSize - 1),
            measures);
        var kept = ScenarioRunner.Run(ScenarioReader.Read(Path.Combine(Folder, "lewisham-2024-25-duties-compliant.yaml"))).Report;
        Assert.Equal(new Lscp.Contracts.DutyMeasures(2, 2, 1, 0, 1, 1, 0, LewishamRegisterSize, LewishamRegisterSize - 1), kept.Measures.Duties);
        Assert.Equal(151, AnswerIn(HtmlReport.Write(ScenarioRunner.Run(ScenarioReader.Read(Path.Combine(Folder, "lewisham-2024-25-duties-lapsed.yaml"))))).Report.Measures.Duties!.DaysWithoutScrutiny);
        Assert.Equal("DUTY-AGENCY-01", Assert.Single(kept.Findings).RuleId);
        Assert.DoesNotContain(kept.Notes, n => n.Contains("not recorded", StringComparison.Ordinal));
    }
}

using Lscp.Contracts;
using Lscp.Adapters;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Lscp.Scenarios;
using Lscp.Tests.Support;

namespace Lscp.Tests.Http;

/// <summary>POST /v1/scenarios reads a scenario file as the runner does, answers the runner's report, and names each error's line.</summary>
public sealed class ScenarioEndpointTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    private static readonly string Folder = Repository.Path("samples", "scenarios");

    private async Task<(HttpStatusCode Status, JsonNode Body)> Post(string text, string contentType = "application/yaml")
    {
        using var response = await factory.CreateClient().PostAsync(new Uri("/v1/scenarios", UriKind.Relative), new StringContent(text, Encoding.UTF8, contentType));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public static TheoryData<string> Samples => [.. Directory.GetFiles(Folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_sample_scenario_gets_the_runners_verdict_findings_and_json(string file)
    {
        var path = Path.Combine(Folder, file);
        var (status, body) = await Post(await File.ReadAllTextAsync(path));
        Assert.Equal(HttpStatusCode.OK, status);
        var runner = ScenarioRunner.Run(ScenarioReader.Read(path)).Report;
        var verdict = runner.Verdict.ToString();
        Assert.Equal(char.ToLowerInvariant(verdict[0]) + verdict[1..], (string?)body["report"]!["verdict"]);
        Assert.Equal(runner.Findings.Select(f => f.RuleId), body["report"]!["findings"]!.AsArray().Select(f => (string?)f!["ruleId"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)body["name"]));
        // One reader and one report shape: the runner's --json file is the report the service answers, node for node.
        var json = JsonNode.Parse(ScenarioRunner.Json(ScenarioRunner.Run(ScenarioReader.Read(path))))!;
        Assert.True(JsonNode.DeepEquals(body["report"], json), $"{file}: the runner wrote {json.ToJsonString()[..Math.Min(300, json.ToJsonString().Length)]}");
    }

    [Fact]
    public async Task The_client_sends_a_file_as_it_is_and_reads_the_lines_of_its_errors()
    {
        var client = factory.Client();
        var answer = await client.CheckScenarioAsync(await File.ReadAllTextAsync(Path.Combine(Folder, "lewisham-2024-25-duties-lapsed.yaml")));
        Assert.Equal(Contracts.Verdict.NotCompliant, answer.Report.Verdict);
        Assert.Contains(answer.Report.Findings, f => f.RuleId == "DUTY-SCRUT-03");
        var refused = await Assert.ThrowsAsync<Lscp.Client.LscpApiException>(() => client.CheckScenarioAsync("partnership: lewisham\nasOf: 2025-13-01\n"));
        Assert.Equal(("$.asOf", 2), (refused.Problem!.Errors![0].Path, refused.Problem.Errors[0].Line));
    }

    [Fact]
    public async Task The_client_reads_what_difference_it_made_and_last_year_beside_it()
    {
        var client = factory.Client();
        var loop = await client.CheckScenarioAsync(await File.ReadAllTextAsync(Path.Combine(Folder, "lewisham-2024-25-learning-loop.yaml")));
        Assert.Equal((100m, 100m, 100m), (loop.Report.Measures.Learning.OnTimePercent, loop.Report.Measures.Learning.ImpactEvidencedPercent, loop.Report.Measures.Learning.AuditsCompletedPercent));
        Assert.Empty(loop.Report.Measures.Learning.ToRecord);
        var comparison = Assert.IsType<Contracts.PeriodComparison>(loop.Report.Comparison);
        Assert.Equal(new NodaTime.LocalDate(2023, 4, 1), comparison.Previous.Start);
        var onTime = Assert.Single(comparison.Changes, c => c.Measure == "actionsOnTimePercent");
        Assert.Equal((Contracts.ChangeDirection.Up, true), (onTime.Direction, onTime.Improved));

        var lapsed = await client.CheckScenarioAsync(await File.ReadAllTextAsync(Path.Combine(Folder, "lewisham-2024-25-learning-lapsed.yaml")));
        // One cited finding for the overdue action and one for the unevidenced closure, each naming its rule's source once.
        Assert.Single(lapsed.Report.Findings, f => f is { RuleId: "TS-ACTION-01", Subject: "action:lscp-2023-004-r1-a1" });
        Assert.Single(lapsed.Report.Findings, f => f is { RuleId: "LEARN-IMPACT-01", Subject: "action:lscp-2023-004-r1-a2" });
        Assert.All(new[] { "TS-ACTION-01", "LEARN-IMPACT-01", "LEARN-REC-01", "LEARN-AUDIT-01", "DUTY-REPORT-01" }, id => Assert.False(string.IsNullOrWhiteSpace(lapsed.Report.Rules[id].Citation.Source)));
    }

    [Fact]
    public async Task The_same_file_as_JSON_gets_the_same_report()
    {
        var yaml = await File.ReadAllTextAsync(Path.Combine(Folder, "lewisham-2024-25-compliant.yaml"));
        var (_, fromYaml) = await Post(yaml);
        var json = await File.ReadAllTextAsync(Repository.Path("tests", "aot-smoke", "bodies", "compliance-lewisham-2024-25-compliant.json"));
        var (status, fromJson) = await Post(json, "application/json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(fromYaml["report"]!.ToJsonString(), fromJson["report"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_file_in_JSON_is_read_by_the_JSON_reader_to_the_document_the_YAML_way_reads(string file)
    {
        // Each sample, and each sample written out as JSON: the JSON is read with no YAML events, to the same document.
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        var (document, text, errors) = ScenarioText.Read(bytes);
        Assert.Empty(errors);
        Assert.Equal(file.EndsWith(".json", StringComparison.Ordinal), text.ReadAsJson);
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(document!, LscpJsonContext.Default.ScenarioDocument);
        var (again, againText, none) = ScenarioText.Read(json);
        Assert.Empty(none);
        Assert.True(againText.ReadAsJson);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(document!, LscpJsonContext.Default.ScenarioDocument), System.Text.Json.JsonSerializer.Serialize(again!, LscpJsonContext.Default.ScenarioDocument));
    }

    [Theory]
    [InlineData("{\n  \"partnership\": \"lewisham\",\n  \"asOf\": \"2025-06-30\",\n  \"name\": null\n}", "$.name", 4, "empty")]
    [InlineData("{\n  \"partnership\": \"lewisham\",\n  \"asOf\": \"2025-06-30\",\n  \"recrods\": {}\n}", "$.recrods", 4, "unknown")]
    [InlineData("{\n  \"partnership\": \"lewisham\",\n  \"asOf\": \"2025-06-30\",\n  \"records\": {\n    \"meetings\": [\n      { \"id\": \"m1\", \"body\": \"executive\",\n        \"date\": \"2024-02-30\" }\n    ]\n  }\n}", "$.records.meetings[0].date", 7, "2024-02-30")]
    public async Task A_file_in_JSON_names_the_line_of_its_error_whichever_reader_reads_it(string json, string path, int line, string words)
    {
        // A null or an unknown key sends the file the YAML way; a bad date is found after the JSON reader read it, and its
        // line is worked out then.
        var (status, body) = await Post(json, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = body["errors"]!.AsArray().First(e => (string?)e!["path"] == path)!;
        Assert.Equal(line, (int?)error["line"]);
        Assert.Contains(words, (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_key_is_refused_with_its_path_and_line()
    {
        var (status, body) = await Post("name: typo\npartnership: lewisham\nasOf: 2025-06-30\nrecords:\n  meetings:\n    - id: m1\n      body: executive\n      dat: 2024-05-14\n");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = body["errors"]![0]!;
        Assert.Equal(("$.records.meetings[0].dat", 8), ((string?)error["path"], (int?)error["line"]));
    }

    [Fact]
    public async Task A_bad_value_deep_in_the_records_is_refused_with_its_path_and_line()
    {
        var yaml = "partnership: lewisham\nasOf: 2025-06-30\nperiod: { start: 2024-04-01, end: 2025-03-31 }\nrecords:\n  meetings:\n    - id: m1\n      body: executive\n      date: 2024-02-30\n      attendance: []\n";
        var (status, body) = await Post(yaml);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = body["errors"]!.AsArray().Single(e => ((string?)e!["path"])!.StartsWith("$.records.meetings[0]", StringComparison.Ordinal))!;
        Assert.Equal(("$.records.meetings[0].date", 8), ((string?)error["path"], (int?)error["line"]));
    }

    [Theory]
    [InlineData("name: [unclosed\n", 2)] // found where the file ends with the list still open
    [InlineData("name: x\npartnership: lewisham\n  asOf: 2025-06-30\n", 3)]
    public async Task A_file_that_is_not_YAML_says_which_line(string text, int line)
    {
        var (status, body) = await Post(text);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(line, (int?)body["errors"]![0]!["line"]);
    }

    [Fact]
    public async Task A_bare_number_where_the_file_means_text_is_that_text_as_the_runner_reads_it()
    {
        var yaml = "name: 2024\npartnership: lewisham\nasOf: 2025-06-30\nperiod: { start: 2024-04-01, end: 2025-03-31 }\n"
            + "rulebook:\n  settings:\n    - { rule: GOV-CADENCE-02, name: toleranceDays, value: 30, from: 2024-04-01, reason: Local agreement }\n";
        var (status, body) = await Post(yaml);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2024", (string?)body["name"]);

        var file = Path.Combine(Path.GetTempPath(), $"bare-number-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, yaml);
        try
        {
            var runner = ScenarioReader.Read(file);
            Assert.Equal("2024", runner.Name);
            Assert.Equal("30", Assert.Single(runner.Rulebook.Settings).Value);
            Assert.Equal(runner.Rulebook.Version, (string?)body["report"]!["rulebookVersion"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_word_where_the_file_means_a_yes_or_no_is_still_refused_with_its_path_and_line()
    {
        var yaml = "partnership: lewisham\nasOf: 2025-06-30\nrecords:\n  yearlyReports:\n    - { coversFrom: 2024-04-01, coversTo: 2025-03-31, refersToScrutiny: often }\n";
        var (status, body) = await Post(yaml);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = body["errors"]![0]!;
        Assert.Equal(("$.records.yearlyReports[0].refersToScrutiny", 5), ((string?)error["path"], (int?)error["line"]));
    }

    [Fact]
    public async Task The_evaluation_date_is_required_as_the_runner_requires_it()
    {
        var (status, body) = await Post("partnership: lewisham\n");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("$.asOf", (string?)body["errors"]![0]!["path"]);
    }

    [Fact]
    public async Task Text_that_is_neither_YAML_nor_JSON_by_its_type_is_refused()
    {
        var (status, _) = await Post("partnership: lewisham\n", "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
    }
}

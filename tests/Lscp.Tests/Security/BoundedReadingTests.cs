using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Lscp.Tests.Http;
using Lscp.Tests.Support;

namespace Lscp.Tests.Security;

/// <summary>
/// The third hostile round's reading findings: a scenario file nested too deep or aliased too much is refused before it
/// costs anything (in YAML and in JSON, plain or compressed), null is refused where no document allows it, and an error
/// answer stays small however much the request repeats itself.
/// </summary>
public sealed class BoundedReadingTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    private static string Nested(int levels) => new string('[', levels) + new string(']', levels);

    /// <summary>Seven lines of YAML aliases, each level repeating the one before nine times (9^7 strings, once expanded).</summary>
    private static string BillionLaughs(int levels = 7) =>
        "x0: &x0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        + string.Concat(Enumerable.Range(1, levels - 1).Select(i => $"x{i}: &x{i} [{string.Join(",", Enumerable.Repeat($"*x{i - 1}", 9))}]\n"));

    private async Task<(HttpStatusCode Status, JsonNode? Body, string Text)> Post(string path, byte[] body, string contentType, string? encoding = null)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (encoding is not null)
        {
            content.Headers.ContentEncoding.Add(encoding);
        }

        using var response = await factory.CreateClient().PostAsync(new Uri(path, UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(text), text);
    }

    private static IReadOnlyList<JsonNode> Errors(JsonNode? problem) => [.. problem!["errors"]!.AsArray().Select(e => e!)];

    private async Task StillHealthy()
    {
        using var health = await factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Thirty_thousand_nested_YAML_lists_are_refused_at_the_limit_and_the_service_stays_up()
    {
        var (status, problem, _) = await Post("/v1/scenarios", Encoding.UTF8.GetBytes("x: " + Nested(30_000)), "application/yaml");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Assert.Single(Errors(problem));
        Assert.Contains("more than 32 levels", (string)error["message"]!, StringComparison.Ordinal);
        Assert.Equal(1, (int)error["line"]!);
        await StillHealthy();
    }

    [Fact]
    public async Task A_JSON_scenario_nested_as_deep_is_refused_the_same_way()
    {
        var (status, problem, _) = await Post("/v1/scenarios", Encoding.UTF8.GetBytes("{\"name\":" + Nested(30_000) + "}"), "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("more than 32 levels", (string)Errors(problem)[0]["message"]!, StringComparison.Ordinal);
        await StillHealthy();
    }

    [Fact]
    public async Task A_small_gzip_body_that_inflates_to_deep_nesting_is_refused_the_same_way()
    {
        using var packed = new MemoryStream();
        await using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes("{\"name\":" + Nested(300_000) + "}"));
        }

        Assert.True(packed.Length < 2_000, $"{packed.Length} bytes");
        var (status, problem, _) = await Post("/v1/scenarios", packed.ToArray(), "application/json", "gzip");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("more than 32 levels", (string)Errors(problem)[0]["message"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(100)]
    public async Task Every_depth_is_a_400_never_a_500(int lists)
    {
        // The root mapping is the first level; 31 lists inside it reach the 32 the JSON bodies allow.
        var (status, problem, _) = await Post("/v1/scenarios", Encoding.UTF8.GetBytes("{\"name\":" + Nested(lists) + "}"), "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var message = (string)Errors(problem)[0]["message"]!;
        Assert.Equal(lists >= 32, message.Contains("more than 32 levels", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nested_aliases_are_refused_when_they_repeat_more_than_the_budget()
    {
        var (status, problem, _) = await Post("/v1/scenarios", Encoding.UTF8.GetBytes(BillionLaughs()), "application/yaml");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Assert.Single(Errors(problem));
        Assert.Contains("10,000 nodes", (string)error["message"]!, StringComparison.Ordinal);
        Assert.NotNull(error["line"]);
        await StillHealthy();
    }

    [Fact]
    public async Task An_anchor_repeated_within_the_budget_reads_as_the_file_written_out()
    {
        var written = await File.ReadAllTextAsync(Repository.Path("samples", "scenarios", "lewisham-2024-25-compliant.yaml"));

        // The same scenario, with its yearly report's sign-offs and its first attendance list named once and repeated by alias.
        var aliased = AnchorFirstAttendance(written);
        Assert.NotEqual(written, aliased);
        var expected = await Report(written);
        Assert.Equal(expected, await Report(aliased));
    }

    [Theory]
    [InlineData("name: *nowhere\n", "names no anchor")]
    [InlineData("name: x\nrecords: &r\n  meetings: *r\n", "inside the node its anchor names")]
    public async Task An_alias_that_cannot_be_repeated_is_refused_with_its_line(string yaml, string says)
    {
        var (status, problem, _) = await Post("/v1/scenarios", Encoding.UTF8.GetBytes(yaml), "application/yaml");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Assert.Single(Errors(problem));
        Assert.Contains(says, (string)error["message"]!, StringComparison.Ordinal);
        Assert.NotNull(error["line"]);
    }

    [Theory]
    [InlineData("records")]
    [InlineData("period")]
    [InlineData("arrangements")]
    [InlineData("rulebook")]
    [InlineData("asOf")]
    public async Task Null_where_the_request_allows_none_is_refused_with_its_path(string member)
    {
        var (status, problem, _) = await Post("/v1/compliance", Encoding.UTF8.GetBytes($$"""{"partnership":"lewisham","{{member}}":null}"""), "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"$.{member}", (string)Assert.Single(Errors(problem))["path"]!);
    }

    [Fact]
    public async Task Null_deep_in_a_list_is_refused_at_its_item()
    {
        var body = """{"partnership":"lewisham","asOf":"2025-06-30","records":{"meetings":[{"id":"m1","body":"executive","date":"2024-05-01"},{"id":"m2","body":"executive","date":"2024-07-01","chair":null}]}}""";
        var (status, problem, _) = await Post("/v1/compliance", Encoding.UTF8.GetBytes(body), "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("$.records.meetings[1].chair", (string)Assert.Single(Errors(problem))["path"]!);
    }

    [Fact]
    public async Task The_word_null_inside_a_string_is_text_not_a_null()
    {
        using var response = await factory.CreateClient().PostAsync(
            new Uri("/v1/deadlines", UriKind.Relative),
            new StringContent("""{"incident":{"caseReference":"annulled-null","localAuthorityAwareOn":"2024-12-16"},"asOf":"2025-02-01"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("records:\n", "$.records", 4)]
    [InlineData("rulebook: ~\n", "$.rulebook", 4)]
    public async Task An_empty_value_in_a_scenario_file_is_refused_with_its_path_and_line(string tail, string path, int line)
    {
        var (status, problem, _) = await Post("/v1/scenarios", Encoding.UTF8.GetBytes("name: x\npartnership: lewisham\nasOf: 2025-06-30\n" + tail), "application/yaml");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Assert.Single(Errors(problem));
        Assert.Equal(path, (string)error["path"]!);
        Assert.Equal(line, (int)error["line"]!);
    }

    [Fact]
    public void The_published_document_marks_no_member_nullable()
    {
        var document = File.ReadAllText(OpenApiDocumentTests.CheckedIn);
        Assert.DoesNotContain("\"nullable\"", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nine_thousand_errors_are_counted_and_the_first_hundred_listed()
    {
        var meetings = string.Join(",", Enumerable.Range(0, 9_000).Select(i => $$"""{"id":"m{{i}}","body":"no-such-body","date":"2024-05-01"}"""));
        var (status, problem, text) = await Post("/v1/compliance", Encoding.UTF8.GetBytes("""{"partnership":"lewisham","asOf":"2025-06-30","records":{"meetings":[""" + meetings + "]}}"), "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(100, Errors(problem).Count);
        Assert.Equal(8_900, (int)problem!["errorsNotListed"]!);
        Assert.Contains("9000 problems", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.True(text.Length < 40_000, $"{text.Length} characters");
    }

    [Fact]
    public async Task A_long_unknown_property_name_is_cut_in_the_path_too()
    {
        var name = new string('q', 5_000);
        var (status, problem, text) = await Post("/v1/compliance", Encoding.UTF8.GetBytes($$"""{"partnership":"lewisham","{{name}}":1}"""), "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var path = (string)Assert.Single(Errors(problem))["path"]!;
        Assert.Equal("$." + new string('q', 40) + "...", path);
        Assert.True(text.Length < 1_000, $"{text.Length} characters");
    }

    private async Task<string> Report(string yaml)
    {
        using var response = await factory.CreateClient().PostAsync(new Uri("/v1/scenarios", UriKind.Relative), new StringContent(yaml, Encoding.UTF8, "application/yaml"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var report = JsonNode.Parse(text)!["report"]!.AsObject();
        report.Remove("generatedAt");
        return report.ToJsonString();
    }

    /// <summary>The file with its first meeting's attendance list anchored and the second meeting's replaced by an alias, when they are the same.</summary>
    private static string AnchorFirstAttendance(string yaml)
    {
        var lines = yaml.Split('\n').ToList();
        var starts = lines.Select((l, i) => (l, i)).Where(x => x.l.TrimEnd() == "attendance:" || x.l.TrimEnd().EndsWith(" attendance:", StringComparison.Ordinal)).Select(x => x.i).ToList();
        for (var a = 0; a < starts.Count; a++)
        {
            for (var b = a + 1; b < starts.Count; b++)
            {
                var first = Block(lines, starts[a]);
                var second = Block(lines, starts[b]);
                if (first.SequenceEqual(second) && lines[starts[a]].Length == lines[starts[b]].Length)
                {
                    lines.RemoveRange(starts[b] + 1, second.Count);
                    lines[starts[b]] = lines[starts[b]].TrimEnd() + " *seats";
                    lines[starts[a]] = lines[starts[a]].TrimEnd() + " &seats";
                    return string.Join('\n', lines);
                }
            }
        }

        throw new InvalidOperationException("no two attendance lists alike in the sample");
    }

    private static List<string> Block(List<string> lines, int start)
    {
        var indent = lines[start].Length - lines[start].TrimStart().Length;
        return [.. lines.Skip(start + 1).TakeWhile(l => l.Trim().Length > 0 && l.Length - l.TrimStart().Length > indent)];
    }
}

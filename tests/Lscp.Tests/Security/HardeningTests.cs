using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Lscp.Adapters;
using Lscp.Http;
using Lscp.Tests.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lscp.Tests.Security;

/// <summary>
/// The reproducers of the second hardening round, each with the answer it must now get: cost bounded, input refused not
/// repaired, HTTP by the book, nothing leaked, and an iCalendar feed a calendar parser accepts.
/// </summary>
public sealed class HardeningTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    private const string Deadlines = """{"incident":{"caseReference":"LSCP-1","localAuthorityAwareOn":"2024-12-16","notifiedPanelOn":"2024-12-19","rapidReviewSentOn":"2025-01-17","decision":"noReview"},"asOf":"2025-02-01"}""";
    private const string FeedSecret = "feed-token-0123456789abcdefghijklmnopqrstuvwxyz";

    private HttpClient Configured(Action<LscpOptions> configure) =>
        factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.PostConfigure(configure))).CreateClient();

    private static async Task<JsonNode> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 400)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!;
    }

    private static IEnumerable<string> Paths(JsonNode problem) => problem["errors"]!.AsArray().Select(e => (string)e!["path"]!);

    private Task<HttpResponseMessage> Post(string path, string body, string contentType = "application/json", string? encoding = null) =>
        Post(path, Encoding.UTF8.GetBytes(body), contentType, encoding);

    private async Task<HttpResponseMessage> Post(string path, byte[] body, string contentType = "application/json", string? encoding = null)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (encoding is not null)
        {
            content.Headers.ContentEncoding.Add(encoding);
        }

        return await factory.CreateClient().PostAsync(new Uri(path, UriKind.Relative), content);
    }

    // Cost and availability

    [Fact]
    public async Task Ten_thousand_suspensions_are_refused_at_the_first_too_many_not_worked_through()
    {
        var suspensions = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $$"""{"rule":"GOV-QUORUM-01","from":"2020-01-01","reason":"r{{i}}"}"""));
        using var response = await Post("/v1/compliance", """{"partnership":"lewisham","asOf":"2025-06-30","rulebook":{"suspensions":[""" + suspensions + "]}}");
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal(["$.rulebook.suspensions[100].rule"], Paths(problem));
    }

    [Theory]
    [InlineData("records.incidents", 501)]
    [InlineData("records.yearlyReports", 51)]
    public async Task Lists_longer_than_can_be_useful_are_refused_naming_them(string list, int count)
    {
        var item = list.EndsWith("incidents", StringComparison.Ordinal)
            ? """{"caseReference":"C-{0}","localAuthorityAwareOn":"2024-05-01"}"""
            : """{"coversFrom":"2023-04-01","coversTo":"2024-03-31"}""";
        var items = string.Join(",", Enumerable.Range(0, count).Select(i => item.Replace("{0}", $"{i}", StringComparison.Ordinal)));
        using var response = await Post("/v1/compliance", $$"""{"partnership":"lewisham","asOf":"2025-06-30","records":{"{{list.Split('.')[1]}}":[""" + items + "]}}");
        Assert.Contains($"$.{list}", Paths(await Problem(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task A_period_longer_than_ten_years_is_refused()
    {
        using var response = await Post("/v1/compliance", """{"partnership":"lewisham","asOf":"2025-06-30","period":{"start":"2012-04-01","end":"2025-03-31"}}""");
        Assert.Equal(["$.period.end"], Paths(await Problem(response, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData("\"2025-02-01\"")]
    [InlineData("\"noReview\"")]
    public async Task A_rejected_value_is_echoed_at_most_once_and_cut_short(string replaced)
    {
        var huge = new string('9', 900_000);
        using var response = await Post("/v1/deadlines", Deadlines.Replace(replaced, $"\"{huge}\"", StringComparison.Ordinal));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.Length < 2_000, $"{body.Length} characters");
        Assert.True(body.Split(new string('9', 40)).Length <= 2, body);
    }

    [Fact]
    public async Task A_rejected_case_reference_is_never_echoed()
    {
        using var response = await Post("/v1/deadlines", Deadlines.Replace("LSCP-1", "Jane Smith 2015-03-04", StringComparison.Ordinal));
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal(["$.incident.caseReference"], Paths(problem));
        Assert.DoesNotContain("Jane", problem.ToJsonString(), StringComparison.Ordinal);
    }

    // Input

    [Theory]
    [InlineData("/v1/calendar/add?date=2024-12-20%00garbage&workingDays=5", "date")]
    [InlineData("/v1/partnerships/lewisham/accountability?date=2024-05-01&person=Ceri%00Jacob", "person")]
    public async Task A_NUL_in_a_query_or_route_value_is_refused_not_cut_off(string path, string named)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Contains(named, Paths(await Problem(response, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData("\"2024-12-16\\u0000<script>\"", "$.incident.localAuthorityAwareOn")]
    [InlineData("\"2024-12-16\"", null)]
    public async Task A_control_character_in_a_JSON_string_is_refused_with_its_path(string awareOn, string? refusedAt)
    {
        using var response = await Post("/v1/deadlines", Deadlines.Replace("\"2024-12-16\"", awareOn, StringComparison.Ordinal));
        if (refusedAt is null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }

        Assert.Equal([refusedAt], Paths(await Problem(response, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData("+5")]
    [InlineData("05")]
    [InlineData("-0")]
    [InlineData(" 5")]
    public async Task Only_canonical_whole_numbers_are_read(string count)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri($"/v1/calendar/add?date=2024-05-01&workingDays={Uri.EscapeDataString(count)}", UriKind.Relative));
        Assert.Equal(["workingDays"], Paths(await Problem(response, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData("+2024")]
    [InlineData("02024")]
    public async Task Only_canonical_years_are_read(string year)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri($"/v1/calendar/bank-holidays/{Uri.EscapeDataString(year)}", UriKind.Relative));
        await Problem(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("application/json", HttpStatusCode.OK)]
    [InlineData("application/json; charset=utf-8", HttpStatusCode.OK)]
    [InlineData("application/problem+json", HttpStatusCode.OK)]
    [InlineData("application/jsonx", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("text/plain+json", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/+json", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json; charset=latin1", HttpStatusCode.UnsupportedMediaType)]
    public async Task Only_JSON_by_RFC_6838_in_UTF_8_is_read(string contentType, HttpStatusCode status)
    {
        using var response = await Post("/v1/deadlines", Deadlines, contentType);
        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task A_byte_order_mark_is_tolerated()
    {
        using var response = await Post("/v1/deadlines", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Deadlines)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip;q=0.5, br", "br")]
    [InlineData("identity", null)]
    public async Task An_answer_is_compressed_when_the_caller_asks_and_says_the_same(string accept, string? expected)
    {
        var body = await File.ReadAllTextAsync(Support.Repository.Path("tests", "aot-smoke", "bodies", "compliance-lewisham-2024-25-duties-lapsed.json"));
        using var plain = await factory.CreateClient().PostAsync(new Uri("/v1/compliance", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v1/compliance", UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);
        using var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using Stream decoded = expected switch
        {
            "br" => new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress),
            _ => new MemoryStream(bytes),
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        Assert.Equal(await plain.Content.ReadAsStringAsync(), text);
        if (expected is not null)
        {
            Assert.True(bytes.Length * 2 < text.Length, $"{bytes.Length} bytes compressed from {text.Length}");
        }
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task A_compressed_body_is_decoded(string encoding)
    {
        using var compressed = new MemoryStream();
        await using (Stream zip = encoding == "gzip" ? new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true) : new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await zip.WriteAsync(Encoding.UTF8.GetBytes(Deadlines));
        }

        using var response = await Post("/v1/deadlines", compressed.ToArray(), encoding: encoding);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_plain_body_labelled_gzip_is_refused_not_read_as_it_is()
    {
        using var response = await Post("/v1/deadlines", Deadlines, encoding: "gzip");
        await Problem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_compressed_body_that_expands_past_the_limit_is_413()
    {
        using var compressed = new MemoryStream();
        await using (var zip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            await zip.WriteAsync(Encoding.UTF8.GetBytes("{\"x\":\"" + new string('a', 3 * 1024 * 1024) + "\"}"));
        }

        Assert.True(compressed.Length < 64 * 1024);
        using var response = await Post("/v1/deadlines", compressed.ToArray(), encoding: "gzip");
        await Problem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_unknown_content_coding_is_415_naming_those_accepted()
    {
        using var response = await Post("/v1/deadlines", Deadlines, encoding: "deflate");
        await Problem(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("gzip, br", string.Join(", ", response.Headers.GetValues("Accept-Encoding")));
    }

    // HTTP semantics

    [Theory]
    [InlineData("/health")]
    [InlineData("/v1/calendar/working-days/2024-12-25")]
    [InlineData("/v1/partnerships/lewisham/bodies/executive/schedule.ics?year=2024")]
    public async Task HEAD_is_answered_wherever_GET_is(string path)
    {
        using var get = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        using var head = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_401_says_how_to_authenticate()
    {
        using var response = await Configured(o => o.ApiKeys = ["a-key-long-enough-0123456789abcdefgh"]).GetAsync(new Uri("/v1/rules", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    // Leaks

    [Fact]
    public async Task Health_says_only_healthy_to_a_caller_without_a_key_when_keys_are_on()
    {
        var client = Configured(o => o.ApiKeys = ["a-key-long-enough-0123456789abcdefgh"]);
        var open = JsonNode.Parse(await client.GetStringAsync(new Uri("/health", UriKind.Relative)))!.AsObject();
        Assert.Equal(["status"], open.Select(p => p.Key));

        using var keyed = new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { { "X-Api-Key", "a-key-long-enough-0123456789abcdefgh" } } };
        var full = JsonNode.Parse(await (await client.SendAsync(keyed)).Content.ReadAsStringAsync())!.AsObject();
        Assert.Contains("libraryVersion", full.Select(p => p.Key));
    }

    [Fact]
    public async Task A_duplicate_property_names_no_internal_type()
    {
        using var response = await Post("/v1/quorum", """{"partnership":"lewisham","partnership":"lewisham","meeting":{"id":"m","body":"executive","date":"2024-05-14","attendance":[]}}""");
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        var text = problem.ToJsonString();
        Assert.DoesNotContain("Lscp.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.Contains("twice", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", null, HttpStatusCode.NotFound)]
    [InlineData("Production", true, HttpStatusCode.OK)]
    [InlineData("Development", null, HttpStatusCode.OK)]
    [InlineData("Development", false, HttpStatusCode.NotFound)]
    public async Task The_OpenAPI_document_is_published_in_Development_or_when_a_setting_says_so(string environment, bool? publish, HttpStatusCode status)
    {
        var client = factory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            b.UseSetting("Lscp:PublishOpenApi", publish is { } p ? (p ? "true" : "false") : null);
        }).CreateClient();
        using var response = await client.GetAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
    }

    // The iCalendar feed

    [Fact]
    public async Task The_feed_parses_with_Ical_Net_folds_its_lines_and_is_stamped_with_the_clock()
    {
        var ics = await factory.CreateClient().GetStringAsync(new Uri("/v1/partnerships/lewisham/bodies/executive/schedule.ics?year=2024", UriKind.Relative));
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(ics.Split("\r\n"), line => line.StartsWith(' '));
        var calendar = Ical.Net.Calendar.Load(ics)!;
        Assert.Equal(6, calendar.Events.Count);
        Assert.All(calendar.Events, e =>
        {
            Assert.Equal(new DateTime(2025, 6, 30, 0, 0, 0, DateTimeKind.Utc).AddHours(-1), e.DtStamp!.AsUtc);
            Assert.False(e.DtStart!.HasTime);
            Assert.StartsWith("Due between", e.Description, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("Comité de sécurité; «enfants», Ünterstützung\\ 🙂 and a name long enough to fold more than once over the limit")]
    [InlineData("🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂")]
    public void The_feed_writer_folds_without_splitting_a_character_and_Ical_Net_reads_back_the_text(string bodyName)
    {
        var meetings = Lscp.Rules.Governance.MeetingSchedule.ForYear(Lscp.Adapters.BuiltInPartnerships.Lewisham, "executive", new NodaTime.LocalDate(2024, 4, 1), Lscp.Rules.Calendar.WorkingDayCalendar.EnglandAndWales);
        var ics = Lscp.Http.Endpoints.IcsFeed.Schedule(Lscp.Adapters.BuiltInPartnerships.Lewisham, bodyName, meetings, NodaTime.Instant.FromUtc(2025, 6, 30, 9, 0));
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line =>
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}");
            Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(line)));
        });
        var calendar = Ical.Net.Calendar.Load(ics)!;
        Assert.Equal(meetings.Length, calendar.Events.Count);
        Assert.Equal($"{bodyName} meeting 1", calendar.Events.OrderBy(e => e.DtStart!.Value).First()!.Summary);
        Assert.Equal(new DateTime(2025, 6, 30, 9, 0, 0, DateTimeKind.Utc), calendar.Events[0]!.DtStamp!.AsUtc);
    }

    [Fact]
    public async Task A_body_with_nothing_scheduled_has_no_feed_but_a_404()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/v1/partnerships/lewisham/bodies/support-team/schedule.ics?year=2024", UriKind.Relative));
        Assert.Equal(["bodyId"], Paths(await Problem(response, HttpStatusCode.NotFound)));
    }

    [Fact]
    public async Task With_keys_on_a_calendar_app_subscribes_with_the_token_of_that_feed_only()
    {
        var client = Configured(o =>
        {
            o.ApiKeys = ["a-key-long-enough-0123456789abcdefgh"];
            o.FeedTokens = [new FeedToken("lewisham", "executive", FeedSecret)];
        });
        Task<HttpResponseMessage> Get(string path) => client.GetAsync(new Uri(path, UriKind.Relative));

        using var withToken = await Get($"/v1/partnerships/lewisham/bodies/executive/schedule.ics?year=2024&token={FeedSecret}");
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Equal("text/calendar", withToken.Content.Headers.ContentType?.MediaType);
        using var noToken = await Get("/v1/partnerships/lewisham/bodies/executive/schedule.ics?year=2024");
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        using var otherFeed = await Get($"/v1/partnerships/lewisham/bodies/mace/schedule.ics?year=2024&token={FeedSecret}");
        Assert.Equal(HttpStatusCode.Unauthorized, otherFeed.StatusCode);
        using var otherRoute = await Get($"/v1/partnerships/lewisham/bodies/executive/schedule?year=2024&token={FeedSecret}");
        Assert.Equal(HttpStatusCode.Unauthorized, otherRoute.StatusCode);
    }
}

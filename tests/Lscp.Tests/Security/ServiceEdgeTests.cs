using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Lscp.Http;
using Lscp.Tests.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Lscp.Tests.Security;

/// <summary>
/// The third hostile round's findings at the edges of the service: one problem shape whatever the caller accepts, the
/// echo rule in every part of an answer, the rate limiter behind a proxy and per key, the host filter, keys as long as
/// feed tokens, and a bad setting as one line.
/// </summary>
public sealed class ServiceEdgeTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    private const string Key = "key-one-0123456789abcdefghijklmnopqrstuvwxyz";
    private const string OtherKey = "key-two-0123456789abcdefghijklmnopqrstuvwxyz";

    public static TheoryData<string> Accepts => ["text/calendar", "text/html", "text/plain", "image/png", "text/html, application/xhtml+xml;q=0.9"];

    private static async Task<JsonNode> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal((int)status, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]), body);
        return problem;
    }

    private static HttpRequestMessage Get(string path, string? accept = null, string? key = null, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return request;
    }

    /// <summary>The service with these settings and a clock the test moves, every request arriving from <paramref name="peer"/> (a proxy, say).</summary>
    private HttpClient Configured(Action<LscpOptions> configure, FakeClock? clock = null, string peer = "10.0.0.1") =>
        factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.PostConfigure(configure);
            if (clock is not null)
            {
                s.AddSingleton<IClock>(clock);
            }

            s.AddSingleton<IStartupFilter>(new PeerAddress(IPAddress.Parse(peer)));
        })).CreateClient();

    // One problem shape whatever the caller accepts

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task An_unknown_route_and_a_wrong_method_are_problems_whatever_the_caller_accepts(string accept)
    {
        var client = factory.CreateClient();
        await Problem(await client.SendAsync(Get("/v1/nowhere", accept)), HttpStatusCode.NotFound);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/v1/rules");
        delete.Headers.TryAddWithoutValidation("Accept", accept);
        await Problem(await client.SendAsync(delete), HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task A_rate_limited_caller_that_refuses_JSON_gets_the_429_problem_not_an_empty_500(string accept)
    {
        var client = Configured(o => o.PermitsPerMinute = 1);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/v1/rules", accept))).StatusCode);
        var problem = await Problem(await client.SendAsync(Get("/v1/partnerships/lewisham/bodies/executive/schedule.ics?year=2025", accept)), HttpStatusCode.TooManyRequests);
        Assert.Equal("https://tools.ietf.org/html/rfc6585#section-4", (string)problem["type"]!);
    }

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task A_failure_of_the_service_is_a_500_problem_whatever_the_caller_accepts(string accept)
    {
        var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IClock>(new BrokenClock()))).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/deadlines") { Content = new StringContent("""{"incident":{"caseReference":"C-1","localAuthorityAwareOn":"2024-12-16"}}""", Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var problem = await Problem(await client.SendAsync(request), HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("BrokenClock", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_problem_type_names_the_section_that_defines_its_status()
    {
        var client = Configured(o => o.PermitsPerMinute = 1);
        _ = await client.GetAsync(new Uri("/v1/rules", UriKind.Relative));
        var statuses = new Dictionary<HttpStatusCode, HttpResponseMessage>
        {
            [HttpStatusCode.TooManyRequests] = await client.GetAsync(new Uri("/v1/rules", UriKind.Relative)),
            [HttpStatusCode.NotFound] = await factory.CreateClient().GetAsync(new Uri("/v1/nowhere", UriKind.Relative)),
            [HttpStatusCode.RequestEntityTooLarge] = await factory.CreateClient().PostAsync(new Uri("/v1/compliance", UriKind.Relative), new StringContent(new string(' ', 1_100_000), Encoding.UTF8, "application/json")),
        };
        foreach (var (status, response) in statuses)
        {
            var type = (string)(await Problem(response, status))["type"]!;
            Assert.StartsWith("https://tools.ietf.org/html/rfc", type, StringComparison.Ordinal);
        }
    }

    // The echo rule in every part of an answer

    [Fact]
    public async Task A_path_of_seven_thousand_characters_is_repeated_once_and_cut()
    {
        var path = "/v1/" + new string('a', 7_000);
        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var problem = await Problem(response, HttpStatusCode.NotFound);
        Assert.True(text.Length < 1_000, $"{text.Length} characters");
        Assert.Equal("/v1/" + new string('a', 40) + "...", (string)problem["instance"]!);
        Assert.DoesNotContain(new string('a', 41), (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_partnership_id_is_cut_in_the_instance_as_in_the_errors()
    {
        var id = new string('p', 3_000);
        var problem = await Problem(await factory.CreateClient().GetAsync(new Uri($"/v1/partnerships/{id}/arrangements?date=2024-06-01", UriKind.Relative)), HttpStatusCode.NotFound);
        Assert.Equal($"/v1/partnerships/{new string('p', 40)}.../arrangements", (string)problem["instance"]!);
        Assert.DoesNotContain(new string('p', 41), problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_method_of_three_thousand_characters_is_cut_in_the_405()
    {
        var method = new string('X', 3_000);
        var problem = await Problem(await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), "/v1/rules")), HttpStatusCode.MethodNotAllowed);
        Assert.Contains(new string('X', 40) + "...", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('X', 41), problem.ToJsonString(), StringComparison.Ordinal);
    }

    // The rate limiter behind a proxy and per key

    [Fact]
    public async Task Behind_a_trusted_proxy_each_client_has_its_own_permits()
    {
        var client = Configured(o =>
        {
            o.PermitsPerMinute = 2;
            o.TrustedProxies = ["10.0.0.1"];
        });
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/v1/rules", forwardedFor: "203.0.113.5"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(Get("/v1/rules", forwardedFor: "203.0.113.5"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/v1/rules", forwardedFor: "203.0.113.6"))).StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_from_a_proxy_not_named_are_not_believed()
    {
        // No trusted proxy: every caller is the proxy's address, whatever X-Forwarded-For claims.
        var client = Configured(o => o.PermitsPerMinute = 2);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/v1/rules", forwardedFor: $"203.0.113.{i}"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(Get("/v1/rules", forwardedFor: "203.0.113.99"))).StatusCode);
    }

    [Fact]
    public async Task Callers_without_a_key_do_not_spend_a_keyed_callers_permits()
    {
        var client = Configured(o =>
        {
            o.PermitsPerMinute = 2;
            o.ApiKeys = [Key, OtherKey];
        });
        for (var i = 0; i < 5; i++)
        {
            var refused = await client.SendAsync(Get("/v1/rules", key: i % 2 == 0 ? null : "a-wrong-key-0123456789abcdefghijklmnop"));
            Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests });
        }

        // Each key has its own window, on the same address.
        foreach (var key in new[] { Key, OtherKey })
        {
            for (var i = 0; i < 2; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/v1/rules", key: key))).StatusCode);
            }
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(Get("/v1/rules", key: Key))).StatusCode);
    }

    [Fact]
    public async Task Retry_after_is_the_time_left_in_the_window()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 6, 30, 9, 0));
        var client = Configured(o => o.PermitsPerMinute = 1, clock);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/v1/rules", UriKind.Relative))).StatusCode);
        clock.Advance(Duration.FromSeconds(20));
        var refused = await client.GetAsync(new Uri("/v1/rules", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("40", refused.Headers.GetValues("Retry-After").Single());
        Assert.Contains("40 seconds", (string)(await Problem(refused, HttpStatusCode.TooManyRequests))["detail"]!, StringComparison.Ordinal);
        clock.Advance(Duration.FromSeconds(40));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/v1/rules", UriKind.Relative))).StatusCode);
    }

    // Hosts, keys and settings

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("rebind.attacker.example:5080", HttpStatusCode.BadRequest)]
    [InlineData("localhost:5080", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    public async Task The_service_answers_only_for_the_hosts_its_settings_allow(string host, HttpStatusCode status)
    {
        using var request = Get("/v1/rules");
        request.Headers.Host = host;
        using var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(status, response.StatusCode);
        if (status == HttpStatusCode.BadRequest)
        {
            Assert.Contains("AllowedHosts", (string)(await Problem(response, status))["detail"]!, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task A_key_shorter_than_a_feed_token_stops_the_start_naming_it()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddLscp(o => o.ApiKeys = [Key, "short-key"]);
        await using var app = builder.Build();
        app.UseLscp();
        app.MapLscp();
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => app.StartAsync());
        Assert.Contains("Lscp:ApiKeys:1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Lscp:ApiKeys:0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lscp__PermitsPerMinute", "0", "Lscp:PermitsPerMinute")]
    [InlineData("Lscp__PermitsPerMinute", "lots", "Lscp:PermitsPerMinute")]
    [InlineData("Lscp__ApiKeys__0", "change-me", "Lscp:ApiKeys:0")]
    [InlineData("Lscp__TrustedProxies__0", "the-proxy", "Lscp:TrustedProxies:0")]
    [InlineData("AllowedHosts", ";", "AllowedHosts")]
    public async Task A_bad_setting_stops_the_service_with_one_line_and_exit_code_2(string variable, string value, string named)
    {
        var service = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Lscp.Http.exe" : "Lscp.Http");
        var start = new ProcessStartInfo(service, "--urls http://127.0.0.1:0") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment[variable] = value;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var lines = (await errors + await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, process.ExitCode);
        var line = Assert.Single(lines);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_operation_declares_the_web_servers_own_answers()
    {
        var paths = JsonNode.Parse(File.ReadAllText(OpenApiDocumentTests.CheckedIn))!["paths"]!.AsObject();
        foreach (var (path, operations) in paths)
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                foreach (var status in new[] { "408", "414", "431" })
                {
                    Assert.True(operation!["responses"]![status] is not null, $"{method} {path} does not declare {status}");
                }
            }
        }
    }

    /// <summary>Every request arrives from one address, as behind a reverse proxy.</summary>
    private sealed class PeerAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }

    private sealed class BrokenClock : IClock
    {
        public Instant GetCurrentInstant() => throw new InvalidOperationException("BrokenClock: the clock failed.");
    }
}

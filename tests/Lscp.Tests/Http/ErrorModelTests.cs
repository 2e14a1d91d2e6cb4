using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Lscp.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Lscp.Tests.Http;

/// <summary>One truthful error model: paths name the element as the caller wrote it, statuses come from validation, a bug is a logged 500, a bad setting stops the start.</summary>
public sealed class ErrorModelTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    [Fact]
    public async Task An_error_in_the_second_meeting_is_named_as_the_second_even_when_it_is_the_earlier()
    {
        // meetings[1] is dated before meetings[0]; sorting must not move the error onto meetings[0].
        var problem = await Post("/v1/compliance", """
            {"partnership":"lewisham","asOf":"2025-06-30","records":{"meetings":[
              {"id":"later","body":"executive","date":"2024-09-10","attendance":[{"agency":"lb-lewisham","status":"present"}]},
              {"id":"earlier","body":"executive","date":"2024-05-14","attendance":[{"agency":"nobody","status":"present"}]}]}}
            """, HttpStatusCode.BadRequest);
        Assert.Equal("$.records.meetings[1].attendance[0].agency", Assert.Single(Errors(problem)));
    }

    [Fact]
    public async Task A_quorum_error_is_named_under_meeting_as_the_caller_wrote_it()
    {
        var problem = await Post("/v1/quorum", """{"partnership":"lewisham","meeting":{"id":"m","body":"executive","date":"2024-09-10","chair":"nobody"}}""", HttpStatusCode.BadRequest);
        Assert.Equal("$.meeting.chair", Assert.Single(Errors(problem)));
        var badDate = await Post("/v1/quorum", """{"partnership":"lewisham","meeting":{"id":"m","body":"executive","date":"2024-02-30"}}""", HttpStatusCode.BadRequest);
        Assert.Equal("$.meeting.date", Assert.Single(Errors(badDate)));
    }

    [Fact]
    public async Task A_date_range_error_names_the_request_field_that_led_to_it()
    {
        var problem = await Post("/v1/compliance", """{"partnership":"lewisham","asOf":"2199-06-01"}""", HttpStatusCode.BadRequest);
        Assert.Equal("$.asOf", Assert.Single(Errors(problem)));
        var period = await Post("/v1/compliance", """{"partnership":"lewisham","period":{"start":"2024-04-01"}}""", HttpStatusCode.BadRequest);
        Assert.Equal("$.period.end", Assert.Single(Errors(period)));
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_naming_the_route_value()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/v1/partnerships/lewisham/bodies/board/chair?date=2024-05-01", UriKind.Relative));
        var problem = await Problem(response, HttpStatusCode.NotFound);
        Assert.Equal("bodyId", Assert.Single(Errors(problem)));
    }

    [Theory]
    [InlineData("GET", "/v1/nowhere", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/v1/rules", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/v1/calendar/bank-holidays/", HttpStatusCode.NotFound)]
    public async Task The_frameworks_own_answers_have_the_same_problem_shape(string method, string path, HttpStatusCode status)
    {
        using var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        var problem = await Problem(response, status);
        foreach (var member in new[] { "type", "title", "status", "detail", "instance", "traceId" })
        {
            Assert.False(string.IsNullOrWhiteSpace(problem[member]?.ToString()), $"{member} missing in {problem}");
        }
    }

    [Fact]
    public async Task A_bug_is_a_logged_500_with_no_detail()
    {
        var client = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IClock>(new BrokenClock()))).CreateClient();
        using var response = await client.PostAsync(new Uri("/v1/deadlines", UriKind.Relative), Json("""{"incident":{"caseReference":"C-1","localAuthorityAwareOn":"2024-12-16"}}"""));
        var problem = await Problem(response, HttpStatusCode.InternalServerError);
        var text = problem.ToJsonString();
        Assert.DoesNotContain("BrokenClock", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.Null(problem["errors"]);
    }

    [Theory]
    [InlineData("PermitsPerMinute")]
    [InlineData("MaxListItems")]
    [InlineData("MaxRequestBodyBytes")]
    public async Task A_bad_setting_stops_the_start_naming_it(string setting)
    {
        // A host of its own (not the shared factory), so the start-up failure is this test's alone.
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddLscp(o =>
        {
            switch (setting)
            {
                case "PermitsPerMinute": o.PermitsPerMinute = 0; break;
                case "MaxListItems": o.MaxListItems = 0; break;
                default: o.MaxRequestBodyBytes = -1; break;
            }
        });
        await using var app = builder.Build();
        app.UseLscp();
        app.MapLscp();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    private async Task<JsonNode> Post(string path, string body, HttpStatusCode status)
    {
        using var response = await factory.CreateClient().PostAsync(new Uri(path, UriKind.Relative), Json(body));
        return await Problem(response, status);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonNode> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!;
    }

    private static IEnumerable<string> Errors(JsonNode problem) => problem["errors"]!.AsArray().Select(e => (string)e!["path"]!);

    private sealed class BrokenClock : IClock
    {
        public Instant GetCurrentInstant() => throw new InvalidOperationException("BrokenClock: the clock failed.");
    }
}

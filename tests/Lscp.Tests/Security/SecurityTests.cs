using System.Net;
using System.Text;
using Lscp.Http;
using Lscp.Tests.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lscp.Tests.Security;

/// <summary>Optional API keys, the rate limiter, security headers and the list-size limit.</summary>
public sealed class SecurityTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    private static HttpClient Configured(LscpServiceFactory factory, Action<LscpOptions> configure) =>
        factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.PostConfigure(configure))).CreateClient();

    [Fact]
    public async Task Without_configured_keys_no_key_is_asked_for() =>
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(new Uri("/v1/rules", UriKind.Relative))).StatusCode);

    [Fact]
    public async Task With_configured_keys_v1_asks_for_one_and_health_does_not()
    {
        var client = Configured(factory, o => o.ApiKeys = ["s3cret-key-0123456789abcdefghijklmnop"]);
        var missing = await client.GetAsync(new Uri("/v1/rules", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/v1/rules") { Headers = { { "X-Api-Key", "guess" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
        using var right = new HttpRequestMessage(HttpMethod.Get, "/v1/rules") { Headers = { { "X-Api-Key", "s3cret-key-0123456789abcdefghijklmnop" } } };
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Over_the_rate_limit_is_a_429_problem()
    {
        var client = Configured(factory, o => o.PermitsPerMinute = 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/v1/rules", UriKind.Relative))).StatusCode);
        }

        var refused = await client.GetAsync(new Uri("/v1/rules", UriKind.Relative));
        Assert.True(refused.StatusCode == HttpStatusCode.TooManyRequests, await refused.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(int.TryParse(refused.Headers.RetryAfter?.ToString(), out var seconds) && seconds is > 0 and <= 60, $"Retry-After: {refused.Headers.RetryAfter}");
    }

    [Theory]
    [InlineData("/v1/rules")]
    [InlineData("/v1/calendar/working-days/2023-02-30")]
    [InlineData("/no/such/route")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_route_is_a_problem_too()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/v1/calendar/bank-holidays/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_list_over_the_limit_is_refused_naming_it()
    {
        var client = Configured(factory, o => o.MaxListItems = 50);
        var meetings = string.Join(",", Enumerable.Range(0, 51).Select(i => $"{{\"id\":\"m{i}\",\"body\":\"executive\",\"date\":\"2024-05-01\"}}"));
        using var content = new StringContent($"{{\"partnership\":\"lewisham\",\"records\":{{\"meetings\":[{meetings}]}}}}", Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/v1/compliance", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.records.meetings", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

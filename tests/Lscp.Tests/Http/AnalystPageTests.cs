using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Lscp.Tests.Http;

/// <summary>The analysts' page is served from the assembly with its own strict policy, and a host can turn it off. The page itself is tested in a browser (tests/browser).</summary>
public sealed class AnalystPageTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/report.js", "text/javascript")]
    [InlineData("/records.js", "text/javascript")]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    public async Task Each_file_is_served_with_the_pages_policy(string path, string mediaType)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(Lscp.Http.Endpoints.AnalystPages.ContentSecurityPolicy, policy);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_page_uses_no_inline_script_or_style_and_nothing_from_the_internet()
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.DoesNotMatch(@"<script(?![^>]*\ssrc=)", html);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(src|href)=""https?://", html);
    }

    [Fact]
    public async Task A_host_can_turn_the_page_off()
    {
        using var off = factory.WithWebHostBuilder(b => b.UseSetting("Lscp:ServePages", "false"));
        using var response = await off.CreateClient().GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

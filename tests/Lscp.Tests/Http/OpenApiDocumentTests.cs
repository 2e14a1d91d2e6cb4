using System.Text.Json.Nodes;
using Lscp.Tests.Model;
using Lscp.Tests.Support;

namespace Lscp.Tests.Http;

/// <summary>
/// The OpenAPI document is checked in (src/Lscp.Http/openapi/v1.json) and served as it is by every build; this fails when
/// what Swashbuckle generates from the contracts changes without it.
/// </summary>
public sealed class OpenApiDocumentTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    internal static string CheckedIn => Support.Repository.Path("src", "Lscp.Http", "openapi", "v1.json");

    [Fact]
    public async Task The_generated_document_matches_the_checked_in_copy()
    {
        var generated = await factory.CreateClient().GetStringAsync(new Uri(GeneratedOpenApiStartupFilter.Path, UriKind.Relative));
        var indented = JsonNode.Parse(generated)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        Approval.VerifyFile(indented, CheckedIn, Path.ChangeExtension(CheckedIn, ".received.json"), "openapi v1");
    }

    [Fact]
    public async Task The_served_document_is_the_checked_in_copy_byte_for_byte()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(Lscp.Http.PublishedOpenApi.Path, UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(CheckedIn), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Dates_are_documented_as_date_strings()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!;
        var date = document["components"]!["schemas"]!["WorkingDayResponse"]!["properties"]!["date"]!;
        Assert.Equal("string", (string?)date["type"]);
        Assert.Equal("date", (string?)date["format"]);
    }

    [Fact]
    public async Task Every_calendar_feed_is_a_file_of_text_calendar()
    {
        // A generator reads a plain string answer as JSON and fails on "BEGIN:VCALENDAR" (NSwag), or gives null; a file
        // (string, format binary) it hands over as bytes or a stream.
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!;
        var feeds = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject())
            .SelectMany(o => o.Value!["responses"]?.AsObject() ?? [])
            .Select(r => r.Value!["content"]?["text/calendar"]).Where(c => c is not null).ToList();
        Assert.Equal(3, feeds.Count);
        Assert.All(feeds, f => Assert.Equal(("string", "binary"), ((string?)f!["schema"]!["type"], (string?)f["schema"]!["format"])));
    }
}

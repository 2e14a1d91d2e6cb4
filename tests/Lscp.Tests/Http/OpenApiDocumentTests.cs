using System.Text.Json.Nodes;
using Lscp.Tests.Model;
using Lscp.Tests.Support;

namespace Lscp.Tests.Http;

/// <summary>The OpenAPI document is checked in (src/Lscp.Http/openapi/v1.json); this fails when the service's document changes without it.</summary>
public sealed class OpenApiDocumentTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    internal static string CheckedIn => Support.Repository.Path("src", "Lscp.Http", "openapi", "v1.json");

    [Fact]
    public async Task The_served_document_matches_the_checked_in_copy()
    {
        var served = await factory.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
        var indented = JsonNode.Parse(served)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        Approval.VerifyFile(indented, CheckedIn, Path.ChangeExtension(CheckedIn, ".received.json"), "openapi v1");
    }

    [Fact]
    public async Task Dates_are_documented_as_date_strings()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!;
        var date = document["components"]!["schemas"]!["WorkingDayResponse"]!["properties"]!["date"]!;
        Assert.Equal("string", (string?)date["type"]);
        Assert.Equal("date", (string?)date["format"]);
    }
}

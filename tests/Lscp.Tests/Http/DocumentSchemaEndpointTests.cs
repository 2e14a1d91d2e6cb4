using System.Net;
using Lscp.Tests.Support;

namespace Lscp.Tests.Http;

/// <summary>The service publishes each document's JSON Schema, byte for byte the checked-in file, with no key asked.</summary>
public sealed class DocumentSchemaEndpointTests(LscpServiceFactory factory) : IClassFixture<LscpServiceFactory>
{
    [Theory]
    [InlineData("partnership")]
    [InlineData("records")]
    [InlineData("rulebook")]
    [InlineData("scenario")]
    public async Task Each_schema_is_served_as_checked_in(string name)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri($"/schemas/{name}.schema.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Repository.Path("src", "Lscp.Adapters", "Data", $"{name}.schema.json")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_schema_that_is_not_published_is_not_found()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/schemas/lewisham.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

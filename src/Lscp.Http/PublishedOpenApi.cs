namespace Lscp.Http;

/// <summary>
/// The published OpenAPI document: the checked-in <c>openapi/v1.json</c>, embedded in this assembly and served as it is, so
/// that every build (JIT, ReadyToRun, Native AOT) publishes the same contract. The document is generated from the
/// contracts by <c>AddLscpOpenApi</c> (Swashbuckle, which needs reflection); a test keeps the checked-in copy equal to
/// what it generates.
/// </summary>
public static class PublishedOpenApi
{
    /// <summary>Where the document is served, and where Swagger UI looks for it.</summary>
    public const string Path = "/swagger/v1/swagger.json";

    private static readonly Lazy<byte[]> Document = new(() =>
    {
        using var stream = typeof(PublishedOpenApi).Assembly.GetManifestResourceStream("Lscp.Http.openapi.v1.json")
            ?? throw new InvalidOperationException("The OpenAPI document is not embedded in Lscp.Http; the build is broken.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>Serves the document at <see cref="Path"/> (GET and HEAD), outside the API-key check like the UI that reads it.</summary>
    public static IEndpointConventionBuilder MapPublishedOpenApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], () => TypedResults.Bytes(Document.Value, "application/json; charset=utf-8"))
            .ExcludeFromDescription();
    }
}

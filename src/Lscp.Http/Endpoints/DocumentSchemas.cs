using Lscp.Adapters;

namespace Lscp.Http.Endpoints;

/// <summary>
/// The JSON Schemas of the documents a user writes (partnership, records, rulebook, scenario), at
/// <c>/schemas/{name}.schema.json</c>, for editors to complete and check a file. The files are the ones Lscp.Adapters
/// embeds and ships (its Data folder), served as they are, with no key asked.
/// </summary>
internal static class DocumentSchemas
{
    /// <summary>The documents with a schema.</summary>
    public static readonly string[] Names = ["partnership", "records", "rulebook", "scenario"];

    private static readonly Dictionary<string, byte[]> Contents = Names.ToDictionary(n => $"/schemas/{n}.schema.json", Read, StringComparer.Ordinal);

    public static void MapDocumentSchemas(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (path, bytes) in Contents)
        {
            endpoints.MapMethods(path, GetAndHead.Methods, () => TypedResults.Bytes(bytes, "application/schema+json")).ExcludeFromDescription();
        }
    }

    private static byte[] Read(string name)
    {
        var resource = $"Lscp.Adapters.Data.{name}.schema.json";
        using var stream = typeof(BuiltInPartnerships).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The schema {resource} is not embedded in Lscp.Adapters; the build is broken.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

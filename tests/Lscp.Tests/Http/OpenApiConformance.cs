using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace Lscp.Tests.Http;

/// <summary>
/// Checks a response against the published OpenAPI document (src/Lscp.Http/openapi/v1.json) as an outside client would:
/// the operation must exist, the status must be declared for it, the content type must be one it declares, and a JSON body
/// must validate (NJsonSchema) against the declared schema, with no property the document does not name.
/// </summary>
public static class OpenApiConformance
{
    // Every node is visited once here: a JsonNode tree fills itself in lazily, which is not safe while tests read it at once.
    private static readonly JsonObject Document = Materialized(JsonNode.Parse(File.ReadAllText(OpenApiDocumentTests.CheckedIn))!).AsObject();
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();

    /// <summary>
    /// The document's schemas as JSON Schema "definitions", each closed to properties the document does not name. Made once,
    /// as text: a JsonNode tree is filled lazily and must not be read by two tests at once.
    /// </summary>
    private static readonly string Definitions = MakeDefinitions();
    private static readonly (Regex Pattern, string Template)[] Paths =
        [.. Document["paths"]!.AsObject().Select(p => (new Regex("^" + Regex.Replace(Regex.Escape(p.Key), @"\\\{[^}]+}", "[^/]+") + "$"), p.Key))];

    /// <summary>Null when the response conforms; otherwise what is wrong.</summary>
    public static string? Check(string method, string path, int status, string? contentType, string body)
    {
        // Not the API: Swagger, the generated document, the analysts' page (HTML, CSS and script), and the documents'
        // JSON Schemas (a schema that is not there is still a problem answer).
        if (path.StartsWith("/swagger", StringComparison.Ordinal) || path.StartsWith("/generated/", StringComparison.Ordinal) || path is "/" or "/report.js" or "/records.js" or "/app.js" or "/app.css"
            || (path.StartsWith("/schemas/", StringComparison.Ordinal) && status == 200))
        {
            return null;
        }

        var template = Paths.FirstOrDefault(p => p.Pattern.IsMatch(path)).Template;
        var operation = template is null ? null : Document["paths"]![template]![method.ToLowerInvariant()];
        if (operation is null)
        {
            // Not an operation of the document (an unknown route, or a method a path does not answer): the answer must still be the problem shape.
            return status is 404 or 405 ? Validate("#/components/schemas/ApiProblem", contentType, "application/problem+json", body, $"{method} {path} {status}") : $"{method} {path} answered {status}, but the document has no such operation";
        }

        var response = operation["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (response is null)
        {
            return $"{method} {template} answered {status}, which the document does not declare for it";
        }

        var content = response["content"]?.AsObject();
        if (content is null || content.Count == 0)
        {
            return body.Length == 0 ? null : $"{method} {template} {status} has a body, but the document declares none";
        }

        var mediaType = contentType?.Split(';')[0].Trim();
        var declared = content.FirstOrDefault(c => c.Key == mediaType);
        if (declared.Value is null)
        {
            return $"{method} {template} {status} answered {mediaType}, but the document declares {string.Join(", ", content.Select(c => c.Key))}";
        }

        return mediaType!.EndsWith("json", StringComparison.Ordinal) ? Validate(declared.Value["schema"]!, body, $"{method} {template} {status}") : null;
    }

    private static string? Validate(string reference, string? contentType, string expectedType, string body, string where) =>
        contentType?.Split(';')[0].Trim() != expectedType
            ? $"{where}: content type {contentType}, expected {expectedType}"
            : Validate(new JsonObject { ["$ref"] = reference }, body, where);

    private static JsonNode Materialized(JsonNode node)
    {
        foreach (var child in node switch { JsonObject o => o.Select(p => p.Value), JsonArray a => a, _ => [] })
        {
            if (child is not null)
            {
                Materialized(child);
            }
        }

        return node;
    }

    private static string MakeDefinitions()
    {
        var schemas = JsonNode.Parse(File.ReadAllText(OpenApiDocumentTests.CheckedIn))!["components"]!["schemas"]!.AsObject();
        foreach (var (_, component) in schemas)
        {
            if (component is JsonObject o && o["properties"] is not null && o["additionalProperties"] is null)
            {
                o["additionalProperties"] = false;
            }
        }

        return schemas.ToJsonString();
    }

    private static string? Validate(JsonNode schemaNode, string body, string where)
    {
        var key = schemaNode.ToJsonString();
        var schema = Schemas.GetOrAdd(key, _ =>
        {
            // The operation's schema with the document's schemas beside it (made once, below), so that references resolve.
            // A bare reference is replaced by the schema it names: NJsonSchema cannot resolve a root that is only a
            // reference to a schema another definition also references.
            var definitions = JsonNode.Parse(Definitions)!.AsObject();
            var root = (schemaNode["$ref"]?.GetValue<string>() is { } reference && schemaNode.AsObject().Count == 1
                ? definitions[reference["#/components/schemas/".Length..]]!
                : schemaNode).DeepClone().AsObject();
            root["definitions"] = definitions;
            var json = root.ToJsonString().Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
            return JsonSchema.FromJsonAsync(json).GetAwaiter().GetResult();
        });
        var errors = schema.Validate(body);
        return errors.Count == 0 ? null : $"{where}: {string.Join("; ", errors.Take(5).Select(e => $"{e.Path} {e.Kind}"))} in {body[..Math.Min(body.Length, 300)]}";
    }
}

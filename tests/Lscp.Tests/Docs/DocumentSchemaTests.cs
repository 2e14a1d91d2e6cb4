using System.Text.Json;
using System.Text.Json.Nodes;
using Lscp.Tests.Support;

namespace Lscp.Tests.Docs;

/// <summary>
/// The JSON Schemas of the records, rulebook and scenario documents, for editors: written from the contract types' own
/// schemas in the published OpenAPI document (which a test holds to the types), so the schemas and the wire cannot
/// differ. Each is checked in beside partnership.schema.json, ships in Lscp.Adapters and is served at /schemas/.
/// </summary>
public sealed class DocumentSchemaTests
{
    private static readonly JsonObject OpenApi = JsonNode.Parse(File.ReadAllText(Repository.Path("src", "Lscp.Http", "openapi", "v1.json")))!.AsObject();

    public static TheoryData<string, string, string, string> Documents => new()
    {
        { "records", "RecordsDocument", "Safeguarding partnership records", "What a partnership has done: meetings with attendance, decisions under delegation, serious incidents, yearly reports, key documents, independent scrutiny, child death reviews, and the recommendations, actions and audits of learning from practice. References and dates only, never a child's details. Every date is yyyy-MM-dd." },
        { "rulebook", "RulebookDocument", "Safeguarding partnership rulebook changes", "Local changes to the standard rules: parameter settings for a period, and dated suspensions. Every date is yyyy-MM-dd; both ends of a period are inclusive." },
        { "scenario", "ScenarioDocument", "Lscp scenario", "A scenario file for the scenario runner and POST /v1/scenarios: a partnership, its records, the period and evaluation date, local rulebook changes, and what the analyst expects. Every date is yyyy-MM-dd." },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_document_schema_is_written_from_the_contract(string name, string root, string title, string description)
    {
        var schema = Write(root, name, title, description);
        var path = Repository.Path("src", "Lscp.Adapters", "Data", $"{name}.schema.json");
        Approval.VerifyFile(schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n", path, Path.ChangeExtension(path, ".received.json"), $"{name}.schema.json");
    }

    [Fact]
    public void A_scenario_schema_knows_every_key_the_reader_does_and_refuses_others()
    {
        var schema = Write("ScenarioDocument", "scenario", "t", "d");
        var keys = schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["$schema", "arrangements", "asOf", "description", "expect", "name", "partnership", "period", "records", "rulebook"], keys);
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        Assert.Equal("date", (string?)schema["properties"]!["asOf"]!["format"]);
        // Every reference resolves within the file.
        var text = schema.ToJsonString();
        Assert.DoesNotContain("#/components/", text, StringComparison.Ordinal);
        foreach (var reference in System.Text.RegularExpressions.Regex.Matches(text, "\"#/\\$defs/([A-Za-z]+)\"").Select(m => m.Groups[1].Value).Distinct())
        {
            Assert.True(schema["$defs"]!.AsObject().ContainsKey(reference), reference);
        }
    }

    /// <summary>The schema of <paramref name="root"/>: its component schema, with every component it reaches under <c>$defs</c>.</summary>
    private static JsonObject Write(string root, string name, string title, string description)
    {
        var components = OpenApi["components"]!["schemas"]!.AsObject();
        var reached = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>([root]);
        while (pending.TryDequeue(out var next))
        {
            foreach (var reference in References(components[next]!))
            {
                if (reference != root && reached.Add(reference))
                {
                    pending.Enqueue(reference);
                }
            }
        }

        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://lscp.example/schemas/{name}.schema.json",
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (key, value) in Rewritten(components[root]!).AsObject().ToList())
        {
            schema[key] = value?.DeepClone();
        }

        var defs = new JsonObject();
        foreach (var reference in reached)
        {
            defs[reference] = Rewritten(components[reference]!);
        }

        schema["$defs"] = defs;
        return schema;
    }

    private static IEnumerable<string> References(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" ? [((string)p.Value!)["#/components/schemas/".Length..]] : p.Value is null ? [] : References(p.Value)),
        JsonArray a => a.SelectMany(i => i is null ? [] : References(i)),
        _ => [],
    };

    private static JsonNode Rewritten(JsonNode node)
    {
        var copy = node.DeepClone();
        foreach (var o in Objects(copy).Where(o => o["$ref"] is not null).ToList())
        {
            o["$ref"] = "#/$defs/" + ((string)o["$ref"]!)["#/components/schemas/".Length..];
        }

        return copy;
    }

    private static IEnumerable<JsonObject> Objects(JsonNode node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Where(p => p.Value is not null).SelectMany(p => Objects(p.Value!))),
        JsonArray a => a.Where(i => i is not null).SelectMany(i => Objects(i!)),
        _ => [],
    };
}

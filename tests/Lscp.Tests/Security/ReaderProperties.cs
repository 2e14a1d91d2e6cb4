using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Adapters;
using Lscp.Tests.Model;
using Lscp.Tests.Rules;

namespace Lscp.Tests.Security;

/// <summary>The readers never throw on any input: a valid document reads, an invalid one gives errors.</summary>
public sealed class ReaderProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300);
    private static readonly string Lewisham = BuiltInPartnerships.Document("lewisham.json");
    private static readonly string Records = RecordsJson.Write(LewishamYear.Records2024(BuiltInPartnerships.Lewisham));

    private static readonly Gen<JsonNode?> Values = Gen.OneOf(
        Gen.Constant<JsonNode?>(null),
        Gen.Choose(-5, 100_000).Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Elements("", " ", "x", "2023-02-30", "2024-04-01", "Lewisham", "met-police", "statutoryPartner", "04-01", new string('z', 300)).Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Constant<JsonNode?>(new JsonArray()),
        Gen.Constant<JsonNode?>(new JsonObject()));

    private static readonly Gen<(int Seed, JsonNode? Value, int Kind)> Mutations =
        from seed in Gen.Choose(0, 10_000)
        from value in Values
        from kind in Gen.Choose(0, 3)
        select (seed, value, kind);

    [Fact]
    public void Random_valid_documents_read_without_error() =>
        Prop.ForAll((from cadence in Gen.Elements(1, 2, 3, 4, 6, 12) from days in Gen.Choose(0, 3000) from extra in Gen.Choose(0, 5) select (cadence, days, extra)).ToArbitrary(), x =>
        {
            var document = TestDocuments.Minimal();
            document.Body(0)["meetingsPerYear"] = x.Item1;
            var start = new NodaTime.LocalDate(2019, 1, 1).PlusDays(x.Item2).ToString("uuuu-MM-dd", null);
            document.Version()["effectiveFrom"] = start;
            foreach (var path in new[] { "holdings", "delegations" })
            {
                foreach (var item in document.Version()[path]!.AsArray())
                {
                    item!["from"] = start;
                }
            }

            document.Body(0)["from"] = start;
            for (var i = 0; i < x.Item3; i++)
            {
                document.Version()["agencies"]!.AsArray().Add(JsonNode.Parse($$"""{ "id": "extra-{{i}}", "name": "Extra {{i}}", "kind": "voluntaryOrFaith", "role": "relevantAgency" }"""));
            }

            return PartnershipJson.TryRead(document.ToJsonString(), out _, out var errors) && errors.Count == 0;
        }).Check(Config);

    [Fact]
    public void Random_mutations_of_a_partnership_document_give_errors_not_exceptions() =>
        Prop.ForAll(Mutations.ToArbitrary(), x =>
        {
            var json = Mutate(Lewisham, x.Item1, x.Item2, x.Item3);
            var read = PartnershipJson.TryRead(json, out var partnership, out var errors);
            return read ? partnership is not null : errors.Count > 0;
        }).Check(Config);

    [Fact]
    public void Random_mutations_of_records_give_errors_not_exceptions() =>
        Prop.ForAll(Mutations.ToArbitrary(), x =>
        {
            var json = Mutate(Records, x.Item1, x.Item2, x.Item3);
            try
            {
                RecordsJson.Read(json);
                return true;
            }
            catch (InvalidRecordsException e)
            {
                return e.Errors.Length > 0;
            }
        }).Check(Config);

    [Fact]
    public void Random_truncations_give_errors_not_exceptions() =>
        Prop.ForAll(Gen.Choose(0, Lewisham.TrimEnd().Length - 1).ToArbitrary(), cut => // the whole document, less only trailing white space, is valid: not a truncation
            !PartnershipJson.TryRead(Lewisham[..cut], out _, out var errors) && errors.Count > 0).Check(Config);

    /// <summary>Changes one node of the document: replaces its value (kind 0), deletes it (1), adds an unknown property (2), or empties a list (3).</summary>
    private static string Mutate(string json, int seed, JsonNode? value, int kind)
    {
        var root = JsonNode.Parse(json)!;
        var nodes = new List<JsonNode>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    nodes.Add(o);
                    foreach (var (_, child) in o.ToList())
                    {
                        Walk(child);
                    }

                    break;
                case JsonArray a:
                    nodes.Add(a);
                    foreach (var child in a)
                    {
                        Walk(child);
                    }

                    break;
            }
        }

        Walk(root);
        var target = nodes[seed % nodes.Count];
        switch (target)
        {
            case JsonObject o when o.Count > 0:
                var key = o.ElementAt(seed % o.Count).Key;
                _ = kind switch
                {
                    0 => o[key] = value?.DeepClone(),
                    1 => o.Remove(key) ? null : null,
                    2 => o["unexpected" + seed] = value?.DeepClone(),
                    _ => o[key] = new JsonArray(),
                };
                break;
            case JsonArray a when a.Count > 0:
                if (kind == 3)
                {
                    a.Clear();
                }
                else
                {
                    a[seed % a.Count] = value?.DeepClone();
                }

                break;
        }

        return root.ToJsonString();
    }
}

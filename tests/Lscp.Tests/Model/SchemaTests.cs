using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lscp.Model;
using Lscp.Adapters;
using Lscp.Contracts.Documents;

namespace Lscp.Tests.Model;

/// <summary>The JSON Schema shipped with the package describes exactly the properties the reader accepts.</summary>
public sealed class SchemaTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(File.ReadAllText(Support.Repository.Path("src", "Lscp.Adapters", "Data", "partnership.schema.json")))!.AsObject();

    public static TheoryData<string, Type> Definitions => new()
    {
        { "#", typeof(PartnershipDocument) },
        { "arrangements", typeof(ArrangementsDocument) },
        { "agency", typeof(AgencyDocument) },
        { "post", typeof(PostDocument) },
        { "holding", typeof(HoldingDocument) },
        { "lead", typeof(LeadDocument) },
        { "delegation", typeof(DelegationDocument) },
        { "body", typeof(BodyDocument) },
        { "member", typeof(MemberDocument) },
        { "quorum", typeof(QuorumDocument) },
        { "neighbour", typeof(NeighbourDocument) },
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Schema_properties_match_the_document_type(string definition, Type type)
    {
        var node = definition == "#" ? Schema : Schema["$defs"]![definition]!.AsObject();
        var schemaProperties = node["properties"]!.AsObject().Select(p => p.Key).Order();
        Assert.Equal(JsonNames(type), schemaProperties);
        Assert.False(node["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void Chair_variants_together_cover_the_chair_document()
    {
        var names = Schema["$defs"]!["chair"]!["oneOf"]!.AsArray().SelectMany(v => v!["properties"]!.AsObject().Select(p => p.Key)).Distinct().Order();
        Assert.Equal(JsonNames(typeof(ChairDocument)), names);
    }

    [Theory]
    [InlineData("agency", "kind", typeof(AgencyKind))]
    [InlineData("agency", "role", typeof(AgencyRole))]
    [InlineData("body", "kind", typeof(BodyKind))]
    [InlineData("member", "kind", typeof(MembershipKind))]
    [InlineData("member", "deputies", typeof(DeputyPolicy))]
    public void Schema_enums_match_the_model(string definition, string property, Type enumType)
    {
        var values = Schema["$defs"]![definition]!["properties"]![property]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Equal(Enum.GetNames(enumType).Select(JsonNamingPolicy.CamelCase.ConvertName), values);
    }

    private static IEnumerable<string> JsonNames(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Order();
}

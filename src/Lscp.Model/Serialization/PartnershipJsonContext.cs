using System.Text.Json.Serialization;
using Lscp.Contracts.Documents;

namespace Lscp.Model.Serialization;

/// <summary>
/// System.Text.Json source generation for the partnership and records documents: camelCase names, unknown properties refused,
/// comments, trailing commas and duplicate properties refused, at most 32 levels deep.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = true,
    AllowDuplicateProperties = false,
    MaxDepth = 32)]
[JsonSerializable(typeof(PartnershipDocument))]
[JsonSerializable(typeof(RecordsDocument))]
public sealed partial class PartnershipJsonContext : JsonSerializerContext;

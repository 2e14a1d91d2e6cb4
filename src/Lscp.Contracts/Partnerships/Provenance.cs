using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>How sure a fact is.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Provenance>))]
public enum Provenance
{
    /// <summary><c>published</c>: stated in a published source.</summary>
    Published,

    /// <summary><c>inferred</c>: not stated, inferred from what is (see the note).</summary>
    Inferred,

    /// <summary><c>default</c>: a default the partnership should confirm.</summary>
    Default,
}

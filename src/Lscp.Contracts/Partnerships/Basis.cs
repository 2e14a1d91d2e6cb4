using System.Text.Json.Serialization;
using Lscp.Contracts.Json;

namespace Lscp.Contracts;

/// <summary>What an answer rests on when it is not simply published: an inference with its reasoning, or a default to confirm.</summary>
/// <param name="Provenance">published (in another source), inferred or default.</param>
/// <param name="Note">The source, the reasoning, or what the partnership should confirm.</param>
public sealed record Basis(Provenance Provenance, string Note);

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

namespace Lscp.Contracts;

/// <summary>What an answer rests on when it is not simply published: an inference with its reasoning, or a default to confirm.</summary>
/// <param name="Provenance">published (in another source), inferred or default.</param>
/// <param name="Note">The source, the reasoning, or what the partnership should confirm.</param>
public sealed record Basis(Provenance Provenance, string Note);

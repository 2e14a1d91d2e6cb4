namespace Lscp.Model;

/// <summary>
/// What one fact about a body rests on, when it is not simply published in the version's source: an inference with its
/// reasoning, a default to confirm, or a publication other than the version's own.
/// </summary>
/// <param name="Fact">The fact: one of <see cref="Facts"/> (<c>chair</c>, <c>cadence</c>, <c>quorum</c>, <c>period</c>, <c>members</c>).</param>
/// <param name="Provenance">Published, inferred or a default.</param>
/// <param name="Note">The source, the reasoning, or what the partnership should confirm.</param>
public sealed record FactBasis(string Fact, Provenance Provenance, string Note)
{
    /// <summary>The facts of a body that can carry a basis.</summary>
    public static IReadOnlyList<string> Facts { get; } = ["chair", "cadence", "quorum", "period", "members"];

    /// <summary>The basis in words, as answers and findings show it, such as <c>inferred: quarterly is the usual subgroup cadence</c>.</summary>
    public override string ToString() => $"{Provenance.ToString().ToLowerInvariant()}: {Note}";
}

namespace Lscp.Contracts;

/// <summary>A served partnership, in brief.</summary>
/// <param name="Id">Its id, used in the other routes.</param>
/// <param name="Name">Its name.</param>
/// <param name="Areas">The areas it serves.</param>
/// <param name="Versions">The versions of its arrangements, oldest first.</param>
public sealed record PartnershipSummary(string Id, string Name, IReadOnlyList<string> Areas, IReadOnlyList<VersionSummary> Versions);

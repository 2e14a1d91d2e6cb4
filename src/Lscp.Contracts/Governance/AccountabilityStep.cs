namespace Lscp.Contracts;

/// <summary>One link of an accountability chain.</summary>
/// <param name="Role">The link's role in the words of the guidance in force, such as "person" or "Lead Safeguarding Partner".</param>
/// <param name="Id">The id of the post, delegation or agency; absent when the link has none.</param>
/// <param name="Description">The link in words.</param>
public sealed record AccountabilityStep(string Role, string? Id, string Description);

namespace Lscp.Rules.Governance;

/// <summary>One link of an accountability chain, such as "Delegated Safeguarding Partner: Place Executive Lead (Ceri Jacob)".</summary>
/// <param name="Role">The link's role in the words of the guidance in force, such as "person", "Delegated Safeguarding Partner", "delegation", "Lead Safeguarding Partner" or "statutory partner".</param>
/// <param name="Id">The id of the post, delegation or agency, when the link has one.</param>
/// <param name="Description">The link in words.</param>
public sealed record AccountabilityStep(string Role, string? Id, string Description);

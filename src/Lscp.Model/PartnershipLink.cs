namespace Lscp.Model;

/// <summary>A neighbouring partnership this one works with, and how.</summary>
/// <param name="PartnershipName">The neighbour, such as "Greenwich Safeguarding Children Partnership".</param>
/// <param name="Relationship">How they work together, as published.</param>
public sealed record PartnershipLink(string PartnershipName, string Relationship);

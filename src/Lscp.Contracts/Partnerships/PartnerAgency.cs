namespace Lscp.Contracts;

/// <summary>A statutory partner agency.</summary>
/// <param name="Id">The agency's id in the arrangements.</param>
/// <param name="Name">Its name as published.</param>
/// <param name="Kind">Its sector.</param>
public sealed record PartnerAgency(string Id, string Name, AgencyKind Kind);

namespace Lscp.Model;

/// <summary>
/// The accountable person for a statutory partner, named by post: under Working Together 2018 the <i>lead representative</i>
/// (local authority chief executive, CCG accountable officer, a chief officer of police); under Working Together 2023
/// the <i>Lead Safeguarding Partner</i> (local authority chief executive, ICB chief executive, chief officer of police).
/// </summary>
/// <param name="PartnerAgencyId">The statutory partner.</param>
/// <param name="PostId">The post whose holder is accountable.</param>
public sealed record AccountableLead(string PartnerAgencyId, string PostId);

using NodaTime;

namespace Lscp.Contracts;

/// <summary>The child death review partners on a date: the local authority and the integrated care board only, a different set from the three safeguarding partners.</summary>
/// <param name="PartnershipId">The partnership.</param>
/// <param name="Date">The date asked about.</param>
/// <param name="Source">The law that names them.</param>
/// <param name="Partners">The partners, as the arrangements in force name them.</param>
public sealed record ChildDeathReviewPartnersResponse(string PartnershipId, LocalDate Date, string Source, IReadOnlyList<PartnerAgency> Partners);

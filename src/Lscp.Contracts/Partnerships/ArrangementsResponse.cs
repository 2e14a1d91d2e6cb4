using Lscp.Contracts.Documents;
using NodaTime;

namespace Lscp.Contracts;

/// <summary>The arrangements in force on a date, in the partnership document format, with the words of the guidance then in force.</summary>
/// <param name="PartnershipId">The partnership.</param>
/// <param name="Date">The date asked about.</param>
/// <param name="EffectiveFrom">The version's first day.</param>
/// <param name="EffectiveTo">The version's last day (inclusive); absent for the current version.</param>
/// <param name="Terminology">The words for the roles on that date.</param>
/// <param name="Arrangements">The version, as in the partnership document.</param>
public sealed record ArrangementsResponse(string PartnershipId, LocalDate Date, LocalDate EffectiveFrom, LocalDate? EffectiveTo, Terminology Terminology, ArrangementsDocument Arrangements);

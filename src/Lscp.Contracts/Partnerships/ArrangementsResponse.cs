using Lscp.Contracts.Documents;
using NodaTime;

namespace Lscp.Contracts;

/// <summary>
/// The arrangements in force on a date, in the partnership document format, with the words of the guidance then in force
/// and who chairs each body that day.
/// </summary>
/// <param name="PartnershipId">The partnership.</param>
/// <param name="Date">The date asked about.</param>
/// <param name="EffectiveFrom">The version's first day.</param>
/// <param name="EffectiveTo">The version's last day (inclusive); absent for the current version.</param>
/// <param name="Terminology">The words for the roles on that date.</param>
/// <param name="Arrangements">The version, as in the partnership document.</param>
/// <param name="Chairs">
/// Who chairs each body in being on the date that has a chair arrangement, in the order of the bodies: the answer of
/// <c>.../bodies/{bodyId}/chair?date=</c> for each, so a reader of the structure needs one request.
/// </param>
public sealed record ArrangementsResponse(string PartnershipId, LocalDate Date, LocalDate EffectiveFrom, LocalDate? EffectiveTo, Terminology Terminology, ArrangementsDocument Arrangements, IReadOnlyList<ChairResponse> Chairs);

using Lscp.Contracts.Documents;
using NodaTime;

namespace Lscp.Contracts;

/// <summary>
/// Evaluate compliance: a partnership (exactly one of a served id or a document), its records, the period (the financial
/// year containing <see cref="AsOf"/> when absent) and the evaluation date (the service's date when absent).
/// </summary>
/// <param name="Partnership">A served partnership's id.</param>
/// <param name="Arrangements">A partnership document, instead of a served id.</param>
/// <param name="Records">The records document.</param>
/// <param name="Period">The period, both ends inclusive.</param>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="Rulebook">Local parameter settings and suspensions over the service's rulebook.</param>
public sealed record ComplianceRequest(string? Partnership, PartnershipDocument? Arrangements, RecordsDocument? Records, PeriodRequest? Period, LocalDate? AsOf, RulebookDocument? Rulebook = null);

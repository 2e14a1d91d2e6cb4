using Lscp.Contracts.Documents;
using NodaTime;

namespace Lscp.Contracts;

/// <summary>
/// What is due, and when: a partnership (exactly one of a served id or a document), its records, the day to draw the list
/// up on (the service's date when absent) and how many days ahead to look (90 when absent, at most 366).
/// </summary>
/// <param name="Partnership">A served partnership's id.</param>
/// <param name="Arrangements">A partnership document, instead of a served id.</param>
/// <param name="Records">The records document: what is done by <paramref name="AsOf"/> is done.</param>
/// <param name="AsOf">The day the list is drawn up on.</param>
/// <param name="HorizonDays">How many days after <paramref name="AsOf"/> to look (to <c>AsOf</c> plus this many days, that day included): 1 to 366, 90 when absent.</param>
/// <param name="Rulebook">Local parameter settings and suspensions over the service's rulebook.</param>
public sealed record ObligationsRequest(string? Partnership, PartnershipDocument? Arrangements, RecordsDocument? Records, LocalDate? AsOf, int? HorizonDays = null, RulebookDocument? Rulebook = null);

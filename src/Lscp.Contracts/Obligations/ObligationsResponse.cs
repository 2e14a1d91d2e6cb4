using NodaTime;

namespace Lscp.Contracts;

/// <summary>
/// What is due, and when: every obligation open on <paramref name="AsOf"/> or falling due by <paramref name="Until"/>,
/// overdue ones included, by latest day; the rules they cite (each once) and the versions that reproduce the list.
/// </summary>
/// <param name="PartnershipId">The partnership.</param>
/// <param name="AsOf">The day the list is drawn up on.</param>
/// <param name="Until">The last day looked at (inclusive).</param>
/// <param name="Obligations">The obligations, by latest day, then rule id and subject.</param>
/// <param name="Rules">Every rule an obligation names, by rule id, with its title and citation.</param>
/// <param name="RulebookVersion">The rulebook's version, local settings included.</param>
/// <param name="CalendarVersion">The working-day calendar's data version.</param>
/// <param name="LibraryVersion">The rules library's version.</param>
public sealed record ObligationsResponse(
    string PartnershipId,
    LocalDate AsOf,
    LocalDate Until,
    IReadOnlyList<Obligation> Obligations,
    IReadOnlyDictionary<string, RuleReference> Rules,
    string RulebookVersion,
    string CalendarVersion,
    string LibraryVersion);

using NodaTime;

namespace Lscp.Contracts;

/// <summary>
/// The compliance report of a partnership for a period: the verdict, every finding with its citation, the statutory clocks
/// in the period, the rules they cite (each once), the measures, and the versions and dates that reproduce it.
/// </summary>
/// <param name="PartnershipId">The partnership evaluated.</param>
/// <param name="Period">The period asked about (both ends inclusive).</param>
/// <param name="AssessedFrom">The first day assessed.</param>
/// <param name="AssessedUntil">The last day assessed (inclusive).</param>
/// <param name="EvaluatedOn">The evaluation date.</param>
/// <param name="Verdict">The summary verdict, from the findings that rest only on published facts and the records.</param>
/// <param name="Summary">The verdict in a sentence.</param>
/// <param name="Findings">The findings, by date, then rule id, subject and message.</param>
/// <param name="ToConfirm">Every fact a finding rests on that is not published, once: the verdict leaves those findings out until the partnership confirms (or corrects) them.</param>
/// <param name="Deadlines">The clocks due, started or still open in the period.</param>
/// <param name="Rules">Every rule a finding or a clock names, by rule id, with its title and citation (given once, not per finding).</param>
/// <param name="Measures">How much, and how well.</param>
/// <param name="Notes">What limited the evaluation, in words.</param>
/// <param name="RulebookVersion">The rulebook's version, local settings included.</param>
/// <param name="CalendarVersion">The working-day calendar's data version.</param>
/// <param name="LibraryVersion">The rules library's version.</param>
/// <param name="Comparison">This period's measures against the previous period's, from the same records; absent when no day of the previous period can be assessed.</param>
public sealed record ComplianceResponse(
    string PartnershipId,
    DateRange Period,
    LocalDate AssessedFrom,
    LocalDate AssessedUntil,
    LocalDate EvaluatedOn,
    Verdict Verdict,
    string Summary,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<FactToConfirm> ToConfirm,
    IReadOnlyList<Deadline> Deadlines,
    IReadOnlyDictionary<string, RuleReference> Rules,
    Measures Measures,
    IReadOnlyList<string> Notes,
    string RulebookVersion,
    string CalendarVersion,
    string LibraryVersion,
    PeriodComparison? Comparison = null);

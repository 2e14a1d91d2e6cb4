using System.Collections.Immutable;
using NodaTime;

namespace Lscp.Rules.Compliance;

/// <summary>The findings of an evaluation, with everything needed to reproduce it.</summary>
/// <param name="PartnershipId">The partnership evaluated.</param>
/// <param name="Period">The period asked about (both ends inclusive).</param>
/// <param name="AssessedFrom">The first day assessed (the period's start, or the first arrangements' date if later).</param>
/// <param name="AssessedUntil">The last day assessed (the period's end, or the evaluation date if earlier).</param>
/// <param name="EvaluatedOn">The evaluation date, from the clock, in Europe/London.</param>
/// <param name="RulebookVersion">The rulebook's version, local settings included.</param>
/// <param name="CalendarVersion">The working-day calendar's data version, amendments included.</param>
/// <param name="LibraryVersion">The version of Lscp.Rules.</param>
/// <param name="Findings">The findings, by date, then rule id, subject and message.</param>
/// <param name="Notes">What limited the evaluation, in words (such as days before the first arrangements).</param>
public sealed record ComplianceResult(
    string PartnershipId,
    DateInterval Period,
    LocalDate AssessedFrom,
    LocalDate AssessedUntil,
    LocalDate EvaluatedOn,
    string RulebookVersion,
    string CalendarVersion,
    string LibraryVersion,
    ImmutableArray<Finding> Findings,
    ImmutableArray<string> Notes)
{
    /// <summary>The findings, by date, then rule id, subject and message (compared item by item).</summary>
    public ImmutableArray<Finding> Findings { get => _findings.Items; init => _findings = value; }

    private readonly ValueArray<Finding> _findings = Findings;

    /// <summary>What limited the evaluation, in words (such as days before the first arrangements) (compared item by item).</summary>
    public ImmutableArray<string> Notes { get => _notes.Items; init => _notes = value; }

    private readonly ValueArray<string> _notes = Notes;

    /// <summary>The findings that are breaches.</summary>
    public IEnumerable<Finding> Breaches => Findings.Where(f => f.Severity == Severity.Breach);

    /// <summary>The findings of one rule.</summary>
    public IEnumerable<Finding> Of(string ruleId) => Findings.Where(f => f.RuleId == ruleId);
}

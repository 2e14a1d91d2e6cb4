using System.Collections.Immutable;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Timescales;
using Lscp.Rules.Governance;
using NodaTime;

namespace Lscp.Rules.Compliance;

/// <summary>
/// Evaluates a partnership's records against its arrangements and the rulebook over a period: a pure function of
/// (arrangements, records, period, rulebook, calendar, clock), with no I/O and no shared state.
/// </summary>
public static class ComplianceEvaluator
{
    /// <summary>The time zone that turns the clock's instant into the evaluation date.</summary>
    public static DateTimeZone London { get; } = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>
    /// Every finding of every rule in <paramref name="rulebook"/> over <paramref name="period"/> (both ends inclusive). Days after
    /// the clock's date are not assessed. A finding on a day its rule is suspended is kept as information, naming the suspension.
    /// </summary>
    /// <exception cref="InvalidRecordsException">A record does not fit the arrangements in force on its date; every problem is listed.</exception>
    public static ComplianceResult Evaluate(
        Partnership partnership,
        PartnershipRecords records,
        DateInterval period,
        Rulebook rulebook,
        WorkingDayCalendar calendar,
        IClock clock)
    {
        Guard.Against.Null(clock);
        return Evaluate(partnership, records, period, rulebook, calendar, Today(clock));
    }

    /// <summary>
    /// As the overload taking a clock, evaluated on <paramref name="asOf"/>: days after it are not assessed, and clocks are
    /// judged on it. The rules take the date, never a clock: the clock is read once, at the edge.
    /// </summary>
    /// <exception cref="InvalidRecordsException">A record does not fit the arrangements in force on its date; every problem is listed.</exception>
    public static ComplianceResult Evaluate(
        Partnership partnership,
        PartnershipRecords records,
        DateInterval period,
        Rulebook rulebook,
        WorkingDayCalendar calendar,
        LocalDate asOf)
    {
        Guard.Against.Null(partnership);
        Guard.Against.Null(records);
        Guard.Against.Null(period);
        Guard.Against.Null(rulebook);
        Guard.Against.Null(calendar);
        var errors = RecordsValidator.Validate(partnership, records);
        if (errors.Count > 0)
        {
            throw new InvalidRecordsException(errors);
        }

        return EvaluateValidated(partnership, records, period, rulebook, calendar, asOf, out _);
    }

    /// <summary>The clock's date in Europe/London: the one place a clock becomes the evaluation date.</summary>
    public static LocalDate Today(IClock clock)
    {
        Guard.Against.Null(clock);
        return clock.GetCurrentInstant().InZone(London).Date;
    }

    /// <summary>
    /// As <see cref="Evaluate(Partnership, PartnershipRecords, DateInterval, Rulebook, WorkingDayCalendar, LocalDate)"/>, for records the caller has already checked with <see cref="RecordsValidator"/>; also gives,
    /// in <c>context</c>, what the rules worked out once (every clock of the records counted to the last assessed day, each
    /// meeting's quorum) for the report to reuse.
    /// </summary>
    internal static ComplianceResult EvaluateValidated(Partnership partnership, PartnershipRecords records, DateInterval period, Rulebook rulebook, WorkingDayCalendar calendar, LocalDate asOf, out ComplianceContext context)
    {
        context = new ComplianceContext(partnership, records, period, rulebook, calendar, asOf);
        var findings = new List<Finding>();
        if (context.HasAssessedDays)
        {
            foreach (var rule in ComplianceRules.All)
            {
                if (rulebook.Has(rule.Id))
                {
                    foreach (var finding in rule.Evaluate(context))
                    {
                        findings.Add(Suspended(rulebook, finding));
                    }
                }
            }
        }

        findings.Sort(static (a, b) =>
        {
            var order = a.From.CompareTo(b.From);
            order = order != 0 ? order : string.CompareOrdinal(a.RuleId, b.RuleId);
            order = order != 0 ? order : a.Subject.CompareTo(b.Subject);
            return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
        });

        return new ComplianceResult(
            partnership.Id,
            period,
            context.AssessedFrom,
            context.AssessedUntil,
            asOf,
            rulebook.Version,
            calendar.DataVersion,
            LibraryInfo.Version,
            [.. findings],
            Notes(partnership, context));
    }

    private static Finding Suspended(Rulebook rulebook, Finding finding) =>
        finding.Severity != Severity.Information && rulebook.SuspensionOn(finding.RuleId, finding.From) is { } suspension
            ? finding with { Severity = Severity.Information, Message = $"Suspended ({suspension.Reason}, {suspension.During}): {finding.Message}" }
            : finding;

    private static ImmutableArray<string> Notes(Partnership partnership, ComplianceContext context)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        if (context.Period.Start < context.AssessedFrom)
        {
            notes.Add($"{partnership.Name} had no arrangements in force before {context.AssessedFrom:uuuu-MM-dd}; the days from {context.Period.Start:uuuu-MM-dd} are not assessed.");
        }

        if (context.Period.End > context.AssessedUntil)
        {
            notes.Add($"Days after the evaluation date, {context.Today:uuuu-MM-dd}, are not assessed.");
        }

        if (!context.Records.HasDutyRecords && context.HasAssessedDays)
        {
            notes.Add($"Key documents and independent scrutiny are not recorded, so {RuleIds.KeyDocumentSigned}, {RuleIds.ScrutinyInPlace} and {RuleIds.ArrangementsUpdated} are not assessed: add 'documents' and 'scrutiny' to the records to judge them.");
        }

        return notes.ToImmutable();
    }
}

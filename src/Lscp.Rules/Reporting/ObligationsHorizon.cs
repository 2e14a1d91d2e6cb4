using System.Collections.Immutable;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Rules.Governance;
using Lscp.Rules.Timescales;
using NodaTime;

namespace Lscp.Rules.Reporting;

/// <summary>
/// Draws up what is due, and when (<see cref="ObligationList"/>): on a date, every obligation still open and those falling
/// due within a horizon. The clocks are the records' deadlines counted to that date, the same list the compliance report
/// reads (<see cref="ComplianceContext"/>), so the two never disagree; each rule that asks something of a body (its cadence
/// window, the longest gap allowed) says what through <see cref="ComplianceRule.Due"/>.
/// </summary>
public static class ObligationsHorizon
{
    /// <summary>The horizon when none is given: 90 days.</summary>
    public const int DefaultDays = 90;

    /// <summary>The longest horizon: 366 days.</summary>
    public const int MaxDays = 366;

    /// <summary>
    /// The list on <paramref name="asOf"/> for the next <paramref name="horizonDays"/> days (1 to <see cref="MaxDays"/>): to
    /// <paramref name="asOf"/> plus that many days, that day included. What is done on <paramref name="asOf"/> is done.
    /// </summary>
    /// <exception cref="InvalidRecordsException">A record does not fit the arrangements; every problem is listed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is not 1 to <see cref="MaxDays"/> days.</exception>
    public static ObligationList Build(Partnership partnership, PartnershipRecords records, LocalDate asOf, int horizonDays, Rulebook rulebook, WorkingDayCalendar calendar)
    {
        Guard.Against.Null(partnership);
        Guard.Against.Null(records);
        Guard.Against.Null(rulebook);
        Guard.Against.Null(calendar);
        Guard.Against.OutOfRange(horizonDays, nameof(horizonDays), 1, MaxDays);
        var errors = RecordsValidator.Validate(partnership, records, "$");
        return errors.Count > 0
            ? throw new InvalidRecordsException(errors)
            : Draw(partnership, records, asOf, asOf.PlusDays(horizonDays), rulebook, calendar);
    }

    /// <summary>The list of a question already read and validated: on its evaluation date, to the end of its period (the horizon).</summary>
    public static ObligationList Build(ComplianceQuery query, WorkingDayCalendar calendar)
    {
        Guard.Against.Null(query);
        Guard.Against.Null(calendar);
        return Draw(query.Partnership, query.Records, query.AsOf, query.Period.End, query.Rulebook, calendar);
    }

    /// <summary>
    /// The list of a question already read and validated, on its evaluation date for the next <paramref name="horizonDays"/>
    /// days (its period is not used): a scenario file's question, asked what is due.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is not 1 to <see cref="MaxDays"/> days.</exception>
    public static ObligationList Build(ComplianceQuery query, int horizonDays, WorkingDayCalendar calendar)
    {
        Guard.Against.Null(query);
        Guard.Against.Null(calendar);
        Guard.Against.OutOfRange(horizonDays, nameof(horizonDays), 1, MaxDays);
        return Draw(query.Partnership, query.Records, query.AsOf, query.AsOf.PlusDays(horizonDays), query.Rulebook, calendar);
    }

    private static ObligationList Draw(Partnership partnership, PartnershipRecords records, LocalDate asOf, LocalDate until, Rulebook rulebook, WorkingDayCalendar calendar)
    {
        // The whole history to the date, so that a body's last meeting and every clock's anchor are seen.
        var first = partnership.Versions[0].EffectiveFrom;
        var history = new DateInterval(LocalDate.Min(first, asOf), asOf);
        var context = new ComplianceContext(partnership, records, history, rulebook, calendar, asOf);
        var owed = new List<Obligation>();
        using var activity = RulesTelemetry.StartEvaluate(partnership.Id, asOf);
        if (context.HasAssessedDays)
        {
            foreach (var deadline in context.Deadlines)
            {
                if (Open(deadline, until) is { } obligation)
                {
                    owed.Add(obligation);
                }
            }

            foreach (var rule in ComplianceRules.All)
            {
                if (rulebook.Has(rule.Id))
                {
                    owed.AddRange(rule.Due(context, until));
                }
            }
        }

        owed.Sort(static (a, b) =>
        {
            var order = a.LatestOn.CompareTo(b.LatestOn);
            order = order != 0 ? order : string.CompareOrdinal(a.RuleId, b.RuleId);
            return order != 0 ? order : a.Subject.CompareTo(b.Subject);
        });
        return new ObligationList(partnership.Id, asOf, until, [.. owed], rulebook.Version, calendar.DataVersion, LibraryInfo.Version) { Cited = CitedRule.Of(owed) };
    }

    /// <summary>A clock still open on its evaluation date (due by <paramref name="until"/>, or overdue) as an obligation; null when met, not started, not applicable or due later.</summary>
    internal static Obligation? Open(Deadline deadline, LocalDate until)
    {
        var overdue = deadline.Status == DeadlineStatus.Overdue;
        if (deadline.DueOn is not { } due || !(overdue || (deadline.Status == DeadlineStatus.Due && due <= until)))
        {
            return null;
        }

        var facts = ImmutableArray.CreateBuilder<Fact>(4);
        facts.Add(new("anchor", $"{deadline.AnchorName} on {deadline.AnchorDate:uuuu-MM-dd}"));
        facts.Add(new("limit", deadline.Limit));
        if (deadline.Suspension is { } suspension)
        {
            facts.Add(new("suspended", $"{suspension.During}: {suspension.Reason}"));
        }

        var action = overdue
            ? $"{deadline.Title}: overdue since {due:uuuu-MM-dd} (counted from {deadline.AnchorName} on {deadline.AnchorDate:uuuu-MM-dd}); do it now."
            : $"{deadline.Title}: by {due:uuuu-MM-dd} (counted from {deadline.AnchorName} on {deadline.AnchorDate:uuuu-MM-dd}).";
        return new Obligation(deadline.RuleId, deadline.Title, deadline.Citation, deadline.Subject, action, due, overdue, facts.ToImmutable()) { Basis = deadline.Basis };
    }
}

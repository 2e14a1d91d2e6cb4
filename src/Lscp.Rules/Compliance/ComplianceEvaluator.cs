using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Governance;
using NodaTime;

namespace Lscp.Rules.Compliance;

/// <summary>
/// Evaluates a partnership's records against its arrangements and the rulebook over a period: a pure function of
/// (arrangements, records, period, rulebook, calendar, clock), with no I/O and no shared state. The findings alone; the
/// rules are run by <see cref="Reporting.ComplianceReportBuilder"/>, which builds the whole report from the same run.
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

        return Reporting.ComplianceReportBuilder.Evaluate(partnership, records, period, rulebook, calendar, asOf, out _);
    }

    /// <summary>The clock's date in Europe/London: the one place a clock becomes the evaluation date.</summary>
    public static LocalDate Today(IClock clock)
    {
        Guard.Against.Null(clock);
        return clock.GetCurrentInstant().InZone(London).Date;
    }
}

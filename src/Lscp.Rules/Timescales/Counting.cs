namespace Lscp.Rules.Timescales;

/// <summary>The counting conventions of the clocks, stated once and reported with every deadline.</summary>
public static class Counting
{
    /// <summary>Working days after an anchor.</summary>
    public const string WorkingDaysAfter =
        "Working days in England and Wales (Monday to Friday less bank holidays), counted from the day after the anchor: the anchor day is day 0, and the clock ends at the end of the N-th working day after it.";

    /// <summary>Working days before a later date.</summary>
    public const string WorkingDaysBefore =
        "Working days in England and Wales counted back from publication: the last day to act is the N-th working day before the publication date, which is not counted.";

    /// <summary>Calendar months after an anchor.</summary>
    public const string MonthsAfter =
        "Calendar months from the anchor to the same day of the month N months later; when that day does not exist in the month, the last day of the month (31 August plus 6 months is 28 February, or 29 in a leap year). Recorded pause days are added after.";

    /// <summary>Calendar days after an anchor.</summary>
    public const string DaysAfter =
        "Calendar days counted from the day after the anchor: the anchor day is day 0.";

    /// <summary>A date the partnership set itself.</summary>
    public const string AgreedDate =
        "The due date the partnership agreed for the action, as recorded: met when the action is done on or before it; days late or overdue are calendar days.";

    /// <summary>How late, early or remaining days are counted in every status.</summary>
    public const string Status =
        "Days late, overdue or remaining are counted between the due date and the completion (or assessment) date, the due date not counted, in the clock's own unit: working days for a clock counted in working days, calendar days for one counted in months or days. Both are given.";

    private static readonly string[] WorkingDayLimits = [.. Enumerable.Range(0, 261).Select(n => $"{n} working days")];
    private static readonly string[] MonthLimits = [.. Enumerable.Range(0, 37).Select(n => $"{n} months")];
    private static readonly string[] DayLimits = [.. Enumerable.Range(0, 91).Select(n => $"{n} days")];

    /// <summary>"N working days", from a table for the parameters' range (a limit is stated on every clock).</summary>
    public static string WorkingDays(int n) => (uint)n < (uint)WorkingDayLimits.Length ? WorkingDayLimits[n] : $"{n} working days";

    /// <summary>"N months".</summary>
    public static string Months(int n) => (uint)n < (uint)MonthLimits.Length ? MonthLimits[n] : $"{n} months";

    /// <summary>"N days".</summary>
    public static string Days(int n) => (uint)n < (uint)DayLimits.Length ? DayLimits[n] : $"{n} days";
}

using System.Collections.Immutable;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using NodaTime;

namespace Lscp.Rules.Timescales;

/// <summary>One statutory clock for one incident or yearly report: what it counts from, how, when it is due, and where it stands.</summary>
/// <param name="RuleId">The rule, such as <c>TS-RAPID-01</c>.</param>
/// <param name="Title">The rule in a line.</param>
/// <param name="Subject">What it is about: <c>incident:LSCP-2024-003</c> or <c>yearly-report:2024-25</c>.</param>
/// <param name="AnchorName">What the clock counts from, such as "notification to the Panel".</param>
/// <param name="AnchorDate">The anchor's date, or null while it is not recorded.</param>
/// <param name="Limit">The limit in words, such as "15 working days" or "at least 7 working days before publication".</param>
/// <param name="Counting">The counting convention, stated in full (is the anchor day counted? the month-end rule?).</param>
/// <param name="DueOn">The last day on which the clock is met (inclusive), or null while it cannot be known.</param>
/// <param name="CompletedOn">The day the thing was done, or null.</param>
/// <param name="Status">Where the clock stands on <paramref name="AsOf"/>.</param>
/// <param name="WorkingDays">For met-late and overdue, the working days past due; for due, the working days left (0 on the due day); otherwise null.</param>
/// <param name="CalendarDays">The same in calendar days; a clock counted in months or days is judged in these (<see cref="DaysInOwnUnit"/>).</param>
/// <param name="TakenWorkingDays">For a completed clock, the working days from the anchor to completion (the anchor day is day 0); otherwise null.</param>
/// <param name="PausedDays">Calendar days the clock was paused, which move the due date on.</param>
/// <param name="Pauses">The pauses, with their reasons.</param>
/// <param name="Suspension">The rule's dated suspension covering the due date, if any: a late or overdue clock is then not a breach.</param>
/// <param name="AsOf">The date the status is assessed on.</param>
/// <param name="Citation">The rule's source.</param>
public sealed record Deadline(
    string RuleId,
    string Title,
    Subject Subject,
    string AnchorName,
    LocalDate? AnchorDate,
    string Limit,
    string Counting,
    LocalDate? DueOn,
    LocalDate? CompletedOn,
    DeadlineStatus Status,
    int? WorkingDays,
    int? CalendarDays,
    int? TakenWorkingDays,
    int PausedDays,
    ImmutableArray<ReviewPause> Pauses,
    RuleSuspension? Suspension,
    LocalDate AsOf,
    Citation Citation)
{
    /// <summary>The pauses, with their reasons (compared item by item).</summary>
    public ImmutableArray<ReviewPause> Pauses { get => _pauses.Items; init => _pauses = value; }

    private readonly ValueArray<ReviewPause> _pauses = Pauses;

    /// <summary>The clock in a sentence, composed from its fields when read (so computing many clocks costs no text).</summary>
    public string Explanation => Status switch
    {
        DeadlineStatus.AwaitingAnchor => $"The clock has not started: {AnchorName} is not recorded.",
        DeadlineStatus.NotApplicable => $"Not applicable: {AnchorName} on {AnchorDate:uuuu-MM-dd} is outside the days this rule applies ({Limit}); the regime then in force, which this library does not model, governed it. No clock runs.",
        DeadlineStatus.Paused when Pauses.LastOrDefault() is { } pause =>
            $"Paused since {pause.From:uuuu-MM-dd}: {pause.Reason}. Counted from {AnchorName} on {AnchorDate:uuuu-MM-dd} ({Limit}), due {DueOn:uuuu-MM-dd} so far, moved on {PausedDays} days by recorded pauses.",
        _ => $"Counted from {AnchorName} on {AnchorDate:uuuu-MM-dd} ({Limit}), due by {DueOn:uuuu-MM-dd}{(PausedDays > 0 ? $", moved on {PausedDays} days by recorded pauses" : string.Empty)}.",
    };

    /// <summary>True when the clock was missed (met late, or overdue).</summary>
    public bool IsMissed => Status is DeadlineStatus.MetLate or DeadlineStatus.Overdue;

    /// <summary>
    /// How far past due (met late, overdue) or before it (due), in the clock's own unit: working days for a clock counted in
    /// working days, calendar days for one counted in months or days ("sent 6 days late", not "3 working days late").
    /// </summary>
    public (int? Count, string Unit) DaysInOwnUnit =>
        Counting is Timescales.Counting.WorkingDaysAfter or Timescales.Counting.WorkingDaysBefore ? (WorkingDays, "working day(s)") : (CalendarDays, "day(s)");
}

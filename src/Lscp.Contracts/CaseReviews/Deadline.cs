using NodaTime;

namespace Lscp.Contracts;

/// <summary>One statutory clock for one incident or yearly report: what it counts from, how, when it is due, and where it stands.</summary>
/// <param name="RuleId">The rule, such as <c>TS-RAPID-01</c>.</param>
/// <param name="Subject">What it is about: <c>incident:LSCP-2024-003</c> or <c>yearly-report:2024-25</c>.</param>
/// <param name="AnchorName">What the clock counts from, such as "notification to the Panel".</param>
/// <param name="AnchorDate">The anchor's date; absent while it is not recorded.</param>
/// <param name="Limit">The limit in words, such as "15 working days".</param>
/// <param name="DueOn">The last day on which the clock is met (inclusive); absent while it cannot be known.</param>
/// <param name="CompletedOn">The day the thing was done; absent when not done.</param>
/// <param name="Status">Where the clock stands on <paramref name="AsOf"/>.</param>
/// <param name="WorkingDays">For metLate and overdue, the working days past due; for due, the working days left (0 on the due day); otherwise absent.</param>
/// <param name="CalendarDays">The same in calendar days. A clock counted in working days is judged in working days; one counted in months or days, in calendar days.</param>
/// <param name="TakenWorkingDays">For a completed clock, the working days from the anchor to completion (the anchor is day 0); otherwise absent.</param>
/// <param name="Delays">For a local review's publication, the delays recorded (they do not move the due date); empty otherwise.</param>
/// <param name="Suspension">The rule's suspension covering the due date, if any: a late or overdue clock is then not a breach.</param>
/// <param name="AsOf">The date the status is assessed on.</param>
/// <param name="Explanation">The clock in a sentence.</param>
/// <param name="DelayExplained">For a missed clock with delays recorded, whether one was told to both the Panel and the Secretary of State in time; absent otherwise.</param>
/// <param name="ToConfirm">What the clock rests on that is not published (a parameter at this library's default); absent when nothing.</param>
public sealed record Deadline(
    string RuleId,
    string Subject,
    string AnchorName,
    LocalDate? AnchorDate,
    string Limit,
    LocalDate? DueOn,
    LocalDate? CompletedOn,
    DeadlineStatus Status,
    int? WorkingDays,
    int? CalendarDays,
    int? TakenWorkingDays,
    IReadOnlyList<Delay> Delays,
    Suspension? Suspension,
    LocalDate AsOf,
    string Explanation,
    bool? DelayExplained = null,
    IReadOnlyList<FactToConfirm>? ToConfirm = null);

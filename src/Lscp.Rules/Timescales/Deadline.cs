using System.Collections.Immutable;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Timescales;

/// <summary>One statutory clock for one incident or yearly report: what it counts from, how, when it is due, and where it stands.</summary>
/// <param name="RuleId">The rule, such as <c>TS-RAPID-01</c>.</param>
/// <param name="Title">The rule in a line, with the values of its parameters in force on the anchor date (a local setting's, where there is one).</param>
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
/// <param name="Delays">For a local review's publication, the delays recorded, with their reasons and the days the Panel and the Secretary of State were told; they do not move the due date.</param>
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
    ImmutableArray<ReviewDelay> Delays,
    RuleSuspension? Suspension,
    LocalDate AsOf,
    Citation Citation)
{
    /// <summary>The delays recorded, with their reasons (compared item by item).</summary>
    public ImmutableArray<ReviewDelay> Delays { get => _delays.Items; init => _delays = value; }

    private readonly ValueArray<ReviewDelay> _delays = Delays;

    /// <summary>
    /// What the clock rests on that is not published: a parameter at this library's default, not the cited text's own
    /// number nor the partnership's setting. Empty when it rests on published values and the records alone.
    /// </summary>
    public ImmutableArray<FactBasis> Basis { get => _basis.Items; init => _basis = value; }

    private readonly ValueArray<FactBasis> _basis = ImmutableArray<FactBasis>.Empty;

    /// <summary>
    /// For a missed clock with recorded delays, the first delay the Panel and the Secretary of State were both told of by
    /// the day it was done (or the evaluation date): the lateness explained (told to both, this library's reading; no public text found that asks it). Null otherwise.
    /// </summary>
    public ReviewDelay? ExplainedDelay
    {
        get
        {
            var by = CompletedOn ?? AsOf;
            foreach (var delay in Delays)
            {
                if (delay.IsExplainedBy(by))
                {
                    return delay;
                }
            }

            return null;
        }
    }

    /// <summary>The clock in a sentence, composed from its fields when read (so computing many clocks costs no text).</summary>
    public string Explanation => Status switch
    {
        DeadlineStatus.AwaitingAnchor => $"The clock has not started: {AnchorName} is not recorded.",
        DeadlineStatus.NotApplicable => $"Not applicable: {AnchorName} on {AnchorDate:uuuu-MM-dd} is outside the days this rule applies ({Limit}); the regime then in force, which this library does not model, governed it. No clock runs.",
        _ => $"Counted from {AnchorName} on {AnchorDate:uuuu-MM-dd} ({Limit}), due by {DueOn:uuuu-MM-dd}.{DelayText}",
    };

    private string DelayText => Delays.IsEmpty ? string.Empty
        : ExplainedDelay is { } delay ? $" A delay was explained ({delay.Reason}): the Panel told on {delay.PanelToldOn:uuuu-MM-dd}, the Secretary of State on {delay.SecretaryOfStateToldOn:uuuu-MM-dd}; the date stands."
        : " A delay is recorded, but not told to both the Panel and the Secretary of State; the date stands.";

    /// <summary>True when the clock was missed (met late, or overdue).</summary>
    public bool IsMissed => Status is DeadlineStatus.MetLate or DeadlineStatus.Overdue;

    /// <summary>
    /// How far past due (met late, overdue) or before it (due), in the clock's own unit: working days for a clock counted in
    /// working days, calendar days for one counted in months or days ("sent 6 days late", not "3 working days late").
    /// </summary>
    public (int? Count, string Unit) DaysInOwnUnit =>
        Counting is Timescales.Counting.WorkingDaysAfter or Timescales.Counting.WorkingDaysBefore ? (WorkingDays, "working day(s)") : (CalendarDays, "day(s)");
}

using Lscp.Rules.Reporting;
using Lscp.Rules.Timescales;
using C = Lscp.Contracts;

namespace Lscp.Adapters;

/// <summary>Statutory clocks, from the rules' types to the wire's.</summary>
public static class CaseReviewMapping
{
    /// <summary>One statutory clock on the wire, with the facts it rests on that are still to confirm.</summary>
    public static C.Deadline ToContract(this Deadline deadline) => new(
        deadline.RuleId,
        deadline.Subject.ToString(),
        deadline.AnchorName,
        deadline.AnchorDate,
        deadline.Limit,
        deadline.DueOn,
        deadline.CompletedOn,
        deadline.Status switch
        {
            DeadlineStatus.Met => C.DeadlineStatus.Met,
            DeadlineStatus.MetLate => C.DeadlineStatus.MetLate,
            DeadlineStatus.Due => C.DeadlineStatus.Due,
            DeadlineStatus.Overdue => C.DeadlineStatus.Overdue,
            DeadlineStatus.AwaitingAnchor => C.DeadlineStatus.AwaitingAnchor,
            DeadlineStatus.NotApplicable => C.DeadlineStatus.NotApplicable,
        },
        deadline.WorkingDays,
        deadline.CalendarDays,
        deadline.TakenWorkingDays,
        [.. deadline.Delays.Select(d => new C.Delay(d.Reason, d.PanelToldOn, d.SecretaryOfStateToldOn))],
        deadline.Suspension is { } s ? new C.Suspension(s.RuleId, s.During.Start, s.During.End, s.Reason) : null,
        deadline.AsOf,
        deadline.Explanation,
        deadline.Delays.IsEmpty || !deadline.IsMissed ? null : deadline.ExplainedDelay is not null,
        deadline.Basis.ToConfirm());

    /// <summary>The clocks of one incident on the wire, with the sources they cite (each clock carries its own).</summary>
    public static C.DeadlinesResponse ToContract(this IReadOnlyList<Deadline> deadlines) =>
        new([.. deadlines.Select(d => d.ToContract())], CitedRule.Of(deadlines).ToContract());
}

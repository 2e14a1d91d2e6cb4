using Lscp.Rules.Timescales;

namespace Lscp.Rules.Compliance;

/// <summary>
/// Turns one statutory clock (<see cref="DeadlineRule"/>) into findings: a breach for each clock due in the assessed days and
/// met late or overdue at their end. A local review's recorded delay, and whether the Panel and the Secretary of State were
/// told of it, is stated in the finding but does not soften it: no public text was found that makes an explained delay
/// anything but late. A finding lists what the clock rests on that is not published.
/// </summary>
public sealed class DeadlineFindings(DeadlineRule clock) : ComplianceRule
{
    /// <inheritdoc/>
    public override Catalogue.RuleDefinition Definition => clock.Definition;

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        foreach (var deadline in context.Deadlines)
        {
            if (deadline.RuleId == Id && Judge(context, deadline) is { } finding)
            {
                yield return finding;
            }
        }
    }

    /// <summary>The finding for one clock: a breach when missed in the assessed days (its delay, if any, stated), otherwise none.</summary>
    private Finding? Judge(ComplianceContext context, Deadline deadline)
    {
        var applies = Definition.AppliesDuring;
        if (deadline.DueOn is not { } due || !applies.Contains(due) || !deadline.IsMissed || due < context.AssessedFrom || due > context.AssessedUntil)
        {
            return null;
        }

        var (count, unit) = deadline.DaysInOwnUnit;
        var how = deadline.Status == DeadlineStatus.MetLate
            ? $"met {count} {unit} late on {deadline.CompletedOn:uuuu-MM-dd}"
            : $"overdue by {count} {unit} on {context.AssessedUntil:uuuu-MM-dd}";
        var explained = deadline.ExplainedDelay;
        var delay = explained is { } d
            ? $" The delay was explained ({d.Reason}): the Panel was told on {d.PanelToldOn:uuuu-MM-dd} and the Secretary of State on {d.SecretaryOfStateToldOn:uuuu-MM-dd}."
            : deadline.Delays.IsEmpty ? string.Empty
            : $" A delay is recorded ({deadline.Delays[0].Reason}), but the Panel and the Secretary of State are not both recorded as told of it.";
        return FoundOn(deadline.Basis, context, Severity.Breach, deadline.Subject, due, deadline.CompletedOn ?? context.AssessedUntil,
            $"{deadline.Title}: due {due:uuuu-MM-dd} ({deadline.Limit} from {deadline.AnchorName}), {how}.{delay}",
            Facts(deadline, explained));
    }

    private static Fact[] Facts(Deadline deadline, Model.Records.ReviewDelay? explained) => deadline.Delays.IsEmpty
        ?
        [
            new("anchor", $"{deadline.AnchorName}: {deadline.AnchorDate:uuuu-MM-dd}"),
            new("due", $"{deadline.DueOn:uuuu-MM-dd}"),
            new("completed", deadline.CompletedOn is { } done ? $"{done:uuuu-MM-dd}" : "not yet"),
        ]
        :
        [
            new("anchor", $"{deadline.AnchorName}: {deadline.AnchorDate:uuuu-MM-dd}"),
            new("due", $"{deadline.DueOn:uuuu-MM-dd}"),
            new("completed", deadline.CompletedOn is { } finished ? $"{finished:uuuu-MM-dd}" : "not yet"),
            new("delay", explained is null ? "recorded, not explained to both the Panel and the Secretary of State" : $"explained: {explained.Reason}"),
        ];
}

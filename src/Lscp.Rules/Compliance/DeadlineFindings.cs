using Lscp.Rules.Timescales;

namespace Lscp.Rules.Compliance;

/// <summary>
/// Turns one statutory clock (<see cref="DeadlineRule"/>) into findings: a breach for each clock due in the assessed days and
/// met late or overdue at their end, and information for each clock paused then, naming the pause's reason.
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

    /// <summary>The finding for one clock: a breach when missed in the assessed days, information when paused, otherwise none.</summary>
    private Finding? Judge(ComplianceContext context, Deadline deadline)
    {
        var applies = Definition.AppliesDuring;
        if (deadline.DueOn is not { } due || !applies.Contains(due))
        {
            return null;
        }

        if (deadline.IsMissed && due >= context.AssessedFrom && due <= context.AssessedUntil)
        {
            var (count, unit) = deadline.DaysInOwnUnit;
            var how = deadline.Status == DeadlineStatus.MetLate
                ? $"met {count} {unit} late on {deadline.CompletedOn:uuuu-MM-dd}"
                : $"overdue by {count} {unit} on {context.AssessedUntil:uuuu-MM-dd}";
            return Found(context, Severity.Breach, deadline.Subject, due, deadline.CompletedOn ?? context.AssessedUntil,
                $"{deadline.Title}: due {due:uuuu-MM-dd} ({deadline.Limit} from {deadline.AnchorName}), {how}.",
                Facts(deadline));
        }

        if (deadline.Status == DeadlineStatus.Paused && deadline.Pauses.LastOrDefault() is { } pause && pause.From <= context.AssessedUntil)
        {
            return Found(context, Severity.Information, deadline.Subject, pause.From, context.AssessedUntil,
                $"{deadline.Title}: paused since {pause.From:uuuu-MM-dd} ({pause.Reason}); due {due:uuuu-MM-dd} so far.",
                Facts(deadline));
        }

        return null;
    }

    private static Fact[] Facts(Deadline deadline) =>
    [
        new("anchor", $"{deadline.AnchorName}: {deadline.AnchorDate:uuuu-MM-dd}"),
        new("due", $"{deadline.DueOn:uuuu-MM-dd}"),
        new("completed", deadline.CompletedOn is { } done ? $"{done:uuuu-MM-dd}" : "not yet"),
        new("pausedDays", $"{deadline.PausedDays}"),
    ];
}

using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Compliance.Learning;

/// <summary>
/// LEARN-AUDIT-01: each multi-agency audit planned to finish on an assessed day is finished: by the end of the assessed
/// days (a breach when not), and by its planned day (a warning when later). Which audits and when is the partnership's plan.
/// </summary>
internal sealed class PlannedAuditsDone : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.PlannedAuditsDone,
        "Each multi-agency audit planned for the period is completed, by its planned day",
        RuleArea.Learning,
        new("The partnership's own audit programme, as partnerships publish their audit groups' work and annual audit plans: no public text found sets how many multi-agency audits a partnership runs or when", Confidence.LocalPractice)
        {
            Quotes =
            [
                Sources.AuditsLewisham,
                new("This will be via the intelligence and learning from multi-agency audits as planned within the annual audit plan of the SCP’s priority work and any additional partnership audits requested by the SCP.",
                    "St Helens Safeguarding Children Partnership, 'St. Helens Multi-agency Audit Group'",
                    "https://sthelenssafeguarding.org.uk/scp/scp/reviews/st-helens-multi-agency-audit-group"),
            ],
        },
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        if (AssessedDays(context) is not var (from, to))
        {
            yield break;
        }

        foreach (var audit in context.Records.Audits)
        {
            if (audit.PlannedFor < from || audit.PlannedFor > to)
            {
                continue;
            }

            if (audit.CompletedOn is not { } completed || completed > to)
            {
                yield return Found(context, Severity.Breach, Subject.Audit(audit.Id), audit.PlannedFor, to,
                    $"The multi-agency audit {audit.Id} ({audit.Theme}), planned to finish on {audit.PlannedFor:uuuu-MM-dd}, is not done by {to:uuuu-MM-dd}.",
                    new("audit", audit.Id), new("theme", audit.Theme), new("planned", $"{audit.PlannedFor:uuuu-MM-dd}"), new("completed", "not yet"));
            }
            else if (completed > audit.PlannedFor)
            {
                yield return Found(context, Severity.Warning, Subject.Audit(audit.Id), audit.PlannedFor, completed,
                    $"The multi-agency audit {audit.Id} ({audit.Theme}) finished on {completed:uuuu-MM-dd}, {Period.DaysBetween(audit.PlannedFor, completed)} day(s) after its planned day ({audit.PlannedFor:uuuu-MM-dd}).",
                    new("audit", audit.Id), new("theme", audit.Theme), new("planned", $"{audit.PlannedFor:uuuu-MM-dd}"), new("completed", $"{completed:uuuu-MM-dd}"));
            }
        }
    }

    /// <inheritdoc/>
    public override IEnumerable<Obligation> Due(ComplianceContext context, LocalDate until)
    {
        foreach (var audit in context.Records.Audits)
        {
            if (audit.CompletedOn is null && audit.PlannedFor <= until && AppliesOn(audit.PlannedFor))
            {
                yield return Owed([], Subject.Audit(audit.Id), $"Finish the multi-agency audit {audit.Id} ({audit.Theme}), planned for {audit.PlannedFor:uuuu-MM-dd}, and record the day it finished.", audit.PlannedFor, audit.PlannedFor < context.Today,
                    new("audit", audit.Id), new("theme", audit.Theme), new("commissionedBy", audit.CommissionedBy));
            }
        }
    }

    private bool AppliesOn(LocalDate day) => Definition.AppliesDuring.Contains(day);
}

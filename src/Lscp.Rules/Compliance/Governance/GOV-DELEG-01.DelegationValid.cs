using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>
/// GOV-DELEG-01: each delegation in force in the assessed days started while a lead was in post. (That a delegate post belongs
/// to the lead's agency and that a partner's delegations do not overlap are checked when the arrangements are built.)
/// </summary>
internal sealed class DelegationValid : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.DelegationValid,
        "Each delegation is to a post of the lead's own agency, starts while a lead is in post, and does not overlap another of the same partner",
        RuleArea.Governance,
        Sources.Delegation,
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            foreach (var delegation in arrangements.Delegations.Where(d => d.Period.Overlaps(new(from, to))))
            {
                var lead = arrangements.Leads.Single(l => l.PartnerAgencyId == delegation.PartnerAgencyId);
                var start = delegation.Period.Start;
                if (!arrangements.HoldersOn(lead.PostId, start).Any())
                {
                    yield return Found(context, Severity.Warning, Subject.Delegation(delegation.Id), start, start,
                        $"Delegation '{delegation.Id}' starts on {start:uuuu-MM-dd}, when no lead ({arrangements.Post(lead.PostId).Title}) is on record to make it.",
                        new("delegation", delegation.Id), new("leadPost", lead.PostId), new("start", $"{start:uuuu-MM-dd}"));
                }
            }
        }
    }
}

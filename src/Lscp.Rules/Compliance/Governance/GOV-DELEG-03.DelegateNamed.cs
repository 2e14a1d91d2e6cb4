using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>GOV-DELEG-03: under Working Together 2023, each statutory partner has a Delegated Safeguarding Partner on every assessed day.</summary>
public sealed class DelegateNamed : ComplianceRule
{
    /// <inheritdoc/>
    public override string Id => RuleIds.DelegateNamed;

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            foreach (var partner in arrangements.StatutoryPartners)
            {
                var delegations = arrangements.Delegations.Where(d => d.PartnerAgencyId == partner.Id).Select(d => d.Period);
                foreach (var (gapFrom, gapTo) in Uncovered(from, to, delegations))
                {
                    yield return Found(context, Severity.Warning, $"agency:{partner.Id}", gapFrom, gapTo,
                        $"{partner.Name} has no Delegated Safeguarding Partner named on {Days(gapFrom, gapTo)}.",
                        new("partner", partner.Id), new("gap", Days(gapFrom, gapTo)));
                }
            }
        }
    }
}

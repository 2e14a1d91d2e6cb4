using Lscp.Model;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>GOV-DELEG-03: under Working Together 2023, each statutory partner has a Delegated Safeguarding Partner on every assessed day.</summary>
internal sealed class DelegateNamed : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.DelegateNamed,
        "Each Lead Safeguarding Partner has a Delegated Safeguarding Partner named on every day",
        RuleArea.Governance,
        new("Working Together to Safeguard Children 2023, chapter 2, as a partnership reproduces it: each Lead Safeguarding Partner should appoint a Delegated Safeguarding Partner, named in the arrangements (the paragraph number not seen)", Confidence.Likely)
        {
            Quotes = [Sources.DelegatedPartners2023],
        },
        new(Sources.Wt2023InForce),
        [])
    {
        Edition = GuidanceEdition.WorkingTogether2023,
    };

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
                    yield return Found(context, Severity.Warning, Subject.Agency(partner.Id), gapFrom, gapTo,
                        $"{partner.Name} has no Delegated Safeguarding Partner named on {Days(gapFrom, gapTo)}.",
                        new("partner", partner.Id), new("gap", Days(gapFrom, gapTo)));
                }
            }
        }
    }
}

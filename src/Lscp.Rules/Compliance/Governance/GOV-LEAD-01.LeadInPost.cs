using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>GOV-LEAD-01: each statutory partner has an accountable lead in post (a holding of the lead post) on every assessed day.</summary>
internal sealed class LeadInPost : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.LeadInPost,
        "Each statutory partner has an accountable lead in post on every day",
        RuleArea.Governance,
        new("Children Act 2004, s16E (inserted by the Children and Social Work Act 2017; in force 29 June 2018)", Confidence.Confirmed),
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            foreach (var lead in arrangements.Leads)
            {
                var partner = arrangements.Agency(lead.PartnerAgencyId);
                var post = arrangements.Post(lead.PostId);
                var holdings = arrangements.Holdings.Where(h => h.PostId == lead.PostId).Select(h => h.Period);
                foreach (var (gapFrom, gapTo) in Uncovered(from, to, holdings))
                {
                    yield return Found(context, Severity.Breach, Subject.Agency(partner.Id), gapFrom, gapTo,
                        $"No accountable lead ({post.Title}) is on record for {partner.Name} on {Days(gapFrom, gapTo)}.",
                        new("partner", partner.Id), new("leadPost", post.Id), new("gap", Days(gapFrom, gapTo)));
                }
            }
        }
    }
}

using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>GOV-LEAD-01: each statutory partner has an accountable lead in post (a holding of the lead post) on every assessed day.</summary>
public sealed class LeadInPost : ComplianceRule
{
    /// <inheritdoc/>
    public override string Id => RuleIds.LeadInPost;

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
                    yield return Found(context, Severity.Breach, $"agency:{partner.Id}", gapFrom, gapTo,
                        $"No accountable lead ({post.Title}) is on record for {partner.Name} on {Days(gapFrom, gapTo)}.",
                        new("partner", partner.Id), new("leadPost", post.Id), new("gap", Days(gapFrom, gapTo)));
                }
            }
        }
    }
}

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
        new("Children Act 2004, s16E(3) (inserted by the Children and Social Work Act 2017; in force 29 June 2018): the three safeguarding partners; Working Together to Safeguard Children 2018, chapter 3 (their 'lead representatives') and 2023, chapter 2 (their Lead Safeguarding Partners), as partnerships quote them, name each partner's accountable lead", Confidence.Confirmed)
        {
            Quotes =
            [
                Sources.SafeguardingPartners,
                new("Working Together to Safeguard Children (2023) names the local authority chief executive, the accountable officer of a clinical commissioning group and a chief officer of police as the lead representatives with accountability under the legislation.",
                    "Lewisham Safeguarding Children Partnership, 'Our Organisational Structure' (the copy naming a clinical commissioning group; it names the 2023 edition, but 'lead representatives' and the CCG's accountable officer are the 2018 edition's terms as others summarise them, the 2018 paragraph not seen; a later stored copy reads 'a Integrated Care Board')",
                    "https://safeguardinglewisham.org.uk/lscp/lscp/our-partnership-arrangements/our-organisational-structure/print"),
                new("Working Together to Safeguard Children 2023 sets out the responsibilities of the three safeguarding statutory partners, and within that those of the Lead Safeguarding Partners (LSPs), who are named as the Chief Officer of Police, the Chief Executive of the Local Authority and the Chief Executive of the local Integrated Care Board (ICB)",
                    "Leeds Safeguarding Children Partnership, 'LSCP Executive', on Working Together to Safeguard Children 2023, chapter 2",
                    "https://leedsscp.org.uk/the-partnership/annual-report/lscp-executive"),
            ],
        },
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

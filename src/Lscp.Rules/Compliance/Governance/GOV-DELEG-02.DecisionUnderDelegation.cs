using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Governance;

/// <summary>GOV-DELEG-02: each decision recorded in a post is taken by a lead, or under a delegation in force that day.</summary>
internal sealed class DecisionUnderDelegation : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.DecisionUnderDelegation,
        "Each decision taken in a delegated post falls within a delegation in force that day",
        RuleArea.Governance,
        new("No public text asks for each decision to be checked against a delegation: this library's reading of the guidance's 'remain accountable for any actions or decisions taken on behalf of their agency' (Working Together 2018, chapter 3, as Lewisham's published arrangements state it), a check for the partnership to adopt", Confidence.LocalPractice)
        {
            Quotes = [Sources.DelegationLewisham],
        },
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        foreach (var (arrangements, from, to) in context.Segments(Id))
        {
            foreach (var decision in context.Records.Decisions.Where(d => d.Date >= from && d.Date <= to))
            {
                if (arrangements.Leads.Any(l => l.PostId == decision.PostId)
                    || arrangements.Delegations.Any(d => d.DelegatePostId == decision.PostId && d.Period.Contains(decision.Date)))
                {
                    continue;
                }

                var lapsed = arrangements.Delegations.Where(d => d.DelegatePostId == decision.PostId && d.Period.End < decision.Date).MaxBy(d => d.Period.End);
                var why = lapsed is null ? "the post holds no delegation" : $"delegation '{lapsed.Id}' ended on {lapsed.Period.End:uuuu-MM-dd}";
                yield return Found(context, Severity.Breach, Subject.Decision(decision.Id), decision.Date, decision.Date,
                    $"Decision '{decision.Id}' ({decision.Description}) was taken in post '{decision.PostId}' on {decision.Date:uuuu-MM-dd}, but {why}.",
                    new("decision", decision.Id), new("post", decision.PostId));
            }
        }
    }
}

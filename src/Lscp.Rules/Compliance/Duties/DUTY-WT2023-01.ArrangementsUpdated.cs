using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>
/// DUTY-WT2023-01: by 31 December 2024 the partnership has published arrangements that follow Working Together 2023,
/// signed off or not (DUTY-SIGN-01 judges that); arrangements published on the 31st are in time, so the rule applies from
/// 1 January 2025, the first day out of time. Each run of assessed days without them is one breach.
/// </summary>
internal sealed class ArrangementsUpdated : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ArrangementsUpdated,
        "The published arrangements follow Working Together 2023 by 31 December 2024",
        RuleArea.Governance,
        new("Working Together to Safeguard Children 2023, as partnerships state its implementation date: arrangements updated to the 2023 edition by December 2024 (the Department for Education's own words not seen in the stored copies)", Confidence.Likely)
        {
            Quotes = [new("In December 2023, new Working Together guidance was published and we are working to update our website and partnership documents ahead of the implementation date of December 2024.",
                "Cornwall and the Isles of Scilly Safeguarding Children Partnership, 'Introduction to safeguarding reviews'",
                "https://ciossafeguarding.org.uk/scp/p/reviews/introduction-to-safeguarding-reviews")],
        },
        new(Sources.Wt2023Everywhere),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        // The last day in time: the day before the rule applies.
        var due = context.Rulebook.Definition(Id).AppliesDuring.Start.PlusDays(-1);
        if (AssessedDays(context, needsDutyRecords: true) is not var (from, to))
        {
            yield break;
        }

        var updated = context.Records.Documents
            .Where(d => d.Kind == KeyDocumentKind.Arrangements && d.Edition == GuidanceEdition.WorkingTogether2023 && d.PublishedOn is not null)
            .Select(d => new EffectivePeriod(d.PublishedOn!.Value));
        foreach (var (gapFrom, gapTo) in Uncovered(from, to, updated))
        {
            yield return Found(context, Severity.Breach, Subject.Partnership(context.Partnership.Id), gapFrom, gapTo,
                $"No published arrangements following Working Together 2023 are recorded for {Days(gapFrom, gapTo)}; they were due by {due:uuuu-MM-dd}.",
                new("due", $"{due:uuuu-MM-dd}"), new("uncovered", Days(gapFrom, gapTo)));
        }
    }
}

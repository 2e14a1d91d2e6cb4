using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>
/// DUTY-CONTENT-01: each arrangements document published in the assessed days, and the one in force when they begin, covers
/// every item of <see cref="KeyDocument.ArrangementsContents"/>; the finding lists each item missing. A document whose
/// contents are not recorded is not judged.
/// </summary>
internal sealed class ArrangementsContents : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ArrangementsContents,
        "The published arrangements cover every item the guidance asks for",
        RuleArea.Governance,
        new("Working Together to Safeguard Children 2023, chapter 2: published arrangements name the partners and area, how they work together, how local reviews are commissioned and published, the independent scrutiny, the relevant agencies and why, how education settings, youth custody and residential homes are included, how data is used, and multi-agency training", Confidence.Likely),
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        if (AssessedDays(context) is not var (from, to))
        {
            yield break;
        }

        var arrangements = context.Records.Documents.Where(d => d.Kind == KeyDocumentKind.Arrangements && d.PublishedOn is not null).OrderBy(d => d.PublishedOn).ToList();
        var inForce = arrangements.LastOrDefault(d => d.PublishedOn < from);
        foreach (var document in arrangements.Where(d => d == inForce || (d.PublishedOn >= from && d.PublishedOn <= to)))
        {
            if (document.Contents is not { } contents)
            {
                continue;
            }

            var missing = KeyDocument.ArrangementsContents.Where(item => !contents.Contains(item)).ToList();
            if (missing.Count > 0)
            {
                var on = document.PublishedOn!.Value < from ? from : document.PublishedOn!.Value;
                yield return Found(context, Severity.Warning, Subject.Document("arrangements", document.Title), on, on,
                    $"{document.Title} does not cover: {string.Join(", ", missing)}.",
                    new("document", document.Title), new("missing", string.Join(", ", missing)), new("covered", string.Join(", ", contents)));
            }
        }
    }
}

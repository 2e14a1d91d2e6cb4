using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Governance;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>
/// DUTY-DOC-01: the key documents are current. On every assessed day published arrangements and a published threshold
/// document exist (one published on or before that day), and each financial year wholly assessed has a shared budget
/// published in it or before it began. Judged only when the records carry duty records at all.
/// </summary>
internal sealed class KeyDocumentsInPlace : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.KeyDocumentsInPlace,
        "The published arrangements and the threshold document are in place on every day, and each financial year has a published shared budget",
        RuleArea.Governance,
        Sources.SignOff,
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        if (AssessedDays(context, needsDutyRecords: true) is not var (from, to))
        {
            yield break;
        }

        foreach (var (kind, name) in new[] { (KeyDocumentKind.Arrangements, "arrangements document"), (KeyDocumentKind.Thresholds, "threshold document") })
        {
            var published = context.Records.Documents.Where(d => d.Kind == kind && d.PublishedOn is not null).Select(d => new EffectivePeriod(d.PublishedOn!.Value));
            foreach (var (gapFrom, gapTo) in Uncovered(from, to, published))
            {
                yield return Found(context, Severity.Breach, Subject.Partnership(context.Partnership.Id), gapFrom, gapTo,
                    $"No {name} is recorded as published on or before {gapFrom:uuuu-MM-dd}, so none was in place for {Days(gapFrom, gapTo)}.",
                    new("document", name), new("uncovered", Days(gapFrom, gapTo)));
            }
        }

        for (var start = MeetingSchedule.YearStartOf(from, 4); start.PlusYears(1).PlusDays(-1) <= to; start = start.PlusYears(1))
        {
            var end = start.PlusYears(1).PlusDays(-1);
            if (start >= from && !context.Records.Documents.Any(d => d.Kind == KeyDocumentKind.Budget && d.PublishedOn is { } on && on <= end && on >= start.PlusYears(-1)))
            {
                yield return Found(context, Severity.Breach, Subject.Partnership(context.Partnership.Id), start, end,
                    $"No shared budget is recorded for the financial year {start:uuuu-MM-dd} to {end:uuuu-MM-dd} (published in it, or in the year before it began).",
                    new("document", "shared budget"), new("year", $"{start:uuuu-MM-dd} to {end:uuuu-MM-dd}"));
            }
        }
    }
}

using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>
/// DUTY-WT2023-01: from the day the rule applies (31 December 2024), the partnership has published arrangements that
/// follow Working Together 2023, signed off or not (DUTY-SIGN-01 judges that). Each run of assessed days without them is one breach.
/// </summary>
internal sealed class ArrangementsUpdated : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ArrangementsUpdated,
        "The published arrangements follow Working Together 2023 from 31 December 2024",
        RuleArea.Governance,
        new("Working Together to Safeguard Children 2023, chapter 2: partnerships publish arrangements updated to the 2023 guidance by December 2024", Confidence.Likely),
        new(new NodaTime.LocalDate(2024, 12, 31)),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        var due = context.Rulebook.Definition(Id).AppliesDuring.Start;
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

using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>DUTY-SCRUT-01: independent scrutiny (any local model) is in place on every assessed day; each run of days without it is one breach.</summary>
internal sealed class ScrutinyInPlace : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ScrutinyInPlace,
        "Independent scrutiny is in place on every day",
        RuleArea.Governance,
        new("Working Together to Safeguard Children 2018, chapter 3, and 2023, chapter 2: the arrangements include independent scrutiny, giving support and challenge (local models vary)", Confidence.Likely),
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        if (AssessedDays(context, needsDutyRecords: true) is not var (from, to))
        {
            yield break;
        }

        foreach (var (gapFrom, gapTo) in Uncovered(from, to, context.Records.Scrutiny.Select(s => s.During)))
        {
            yield return Found(context, Severity.Breach, Subject.Partnership(context.Partnership.Id), gapFrom, gapTo,
                $"No independent scrutiny is recorded for {Days(gapFrom, gapTo)}; the arrangements must include it on every day.",
                new("uncovered", Days(gapFrom, gapTo)), new("scrutinyRecords", $"{context.Records.Scrutiny.Length}"));
        }
    }
}

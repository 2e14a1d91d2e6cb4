using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Duties;

/// <summary>DUTY-SCRUT-01: independent scrutiny (any local model) is in place on every assessed day; each run of days without it is one breach.</summary>
public sealed class ScrutinyInPlace : ComplianceRule
{
    /// <inheritdoc/>
    public override string Id => RuleIds.ScrutinyInPlace;

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        var applies = context.Rulebook.Definition(Id).AppliesDuring;
        var from = ComplianceContext.Max(context.AssessedFrom, applies.Start);
        var to = applies.End is { } end ? ComplianceContext.Min(context.AssessedUntil, end) : context.AssessedUntil;
        if (from > to)
        {
            yield break;
        }

        if (!context.Records.RecordsDuties)
        {
            // Never invented: with no duty records at all the evaluator notes the duties as not recorded (see its notes).
            yield break;
        }

        foreach (var (gapFrom, gapTo) in Uncovered(from, to, context.Records.Scrutiny.Select(s => s.During)))
        {
            yield return Found(context, Severity.Breach, $"partnership:{context.Partnership.Id}", gapFrom, gapTo,
                $"No independent scrutiny is recorded for {Days(gapFrom, gapTo)}; the arrangements must include it on every day.",
                new("uncovered", Days(gapFrom, gapTo)), new("scrutinyRecords", $"{context.Records.Scrutiny.Length}"));
        }
    }
}

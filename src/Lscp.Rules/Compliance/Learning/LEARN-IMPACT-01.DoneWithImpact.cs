using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Learning;

/// <summary>
/// LEARN-IMPACT-01: each action done on an assessed day has evidence of its impact on practice by the end of the assessed
/// days; one without is reported as "done, impact not evidenced" (a warning: the action is done, its difference not shown).
/// </summary>
internal sealed class DoneWithImpact : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.DoneWithImpact,
        "Each action closed as done has evidence of its impact on practice",
        RuleArea.Learning,
        Sources.LearningImplemented with
        {
            Source = Sources.LearningImplemented.Source + ". That each action closed as done needs its own recorded check of its impact on practice is this library's reading: neither text says so of a single action (the 2023 words are of recommendations), and before Working Together 2023 the only words are the 2018 report's 'any resulting improvements'",
        },
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(ComplianceContext context)
    {
        if (AssessedDays(context) is not var (from, to))
        {
            yield break;
        }

        foreach (var recommendation in context.Records.Recommendations)
        {
            foreach (var action in recommendation.Actions)
            {
                if (action.DoneOn is { } done && done >= from && done <= to && (action.Impact is null || action.Impact.CheckedOn > to))
                {
                    yield return Found(context, Severity.Warning, Subject.Action(action.Id), done, to,
                        $"Action {action.Id} ({action.OwnerAgencyId}, on recommendation {recommendation.Id}) is done, impact not evidenced: it was closed on {done:uuuu-MM-dd} and no check of its impact on practice is recorded by {to:uuuu-MM-dd}.",
                        new("action", action.Id), new("owner", action.OwnerAgencyId), new("done", $"{done:uuuu-MM-dd}"), new("impact", "not evidenced"));
                }
            }
        }
    }
}

using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Compliance.Learning;

/// <summary>
/// LEARN-REC-01: each recommendation of a local child safeguarding practice review has at least one action once the review
/// is published (its incident's publication day in the records; the recommendation's own date when the incident is not
/// recorded). A recommendation still without an action at the end of the assessed days is a finding.
/// </summary>
internal sealed class RecommendationHasAction : ComplianceRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.RecommendationHasAction,
        "Each recommendation of a published local child safeguarding practice review has at least one action",
        RuleArea.Learning,
        Sources.LearningImplemented with
        {
            Source = Sources.LearningImplemented.Source + ". That a recommendation needs an action agreed by the time its review is published is this library's reading: no public text found says when",
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

        Dictionary<string, NodaTime.LocalDate?>? publishedOn = null;
        foreach (var recommendation in context.Records.Recommendations)
        {
            if (recommendation.Source != RecommendationSource.LocalReview || !recommendation.Actions.IsEmpty)
            {
                continue;
            }

            // The incidents' publication days, looked up once, so the cost stays linear in the records.
            publishedOn ??= PublishedOn(context.Records);
            var published = publishedOn.GetValueOrDefault(recommendation.Reference) ?? recommendation.MadeOn;
            if (published <= to)
            {
                var on = published < from ? from : published;
                yield return Found(context, Severity.Breach, Subject.Recommendation(recommendation.Id), on, to,
                    $"Recommendation {recommendation.Id} of the local review of {recommendation.Reference} (published {published:uuuu-MM-dd}) has no action agreed by {to:uuuu-MM-dd}.",
                    new("recommendation", recommendation.Id), new("review", recommendation.Reference), new("published", $"{published:uuuu-MM-dd}"), new("actions", "0"));
            }
        }
    }

    private static Dictionary<string, NodaTime.LocalDate?> PublishedOn(PartnershipRecords records)
    {
        var published = new Dictionary<string, NodaTime.LocalDate?>(records.Incidents.Length, StringComparer.Ordinal);
        foreach (var incident in records.Incidents)
        {
            published[incident.CaseReference] = incident.LocalReview?.PublishedOn;
        }

        return published;
    }
}

using Lscp.Rules.Compliance;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-LCSPR-02: the final report goes to the Panel and the Secretary of State at least <c>workingDays</c> (7) working days before
/// publication: counted back from the publication date, or, before publication, from the publication due date (TS-LCSPR-01).
/// </summary>
internal sealed class FinalReportBeforePublication : DeadlineRule
{
    /// <summary>Working days allowed between sending the final report and publication.</summary>
    internal static NumberParameter WorkingDays { get; } = ClockParameters.WorkingDays(7, "between sending the final report and publication");

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.FinalReportBeforePublication,
        "The final LCSPR report goes to the Panel and the Secretary of State at least 7 working days before publication",
        RuleArea.Timescale,
        new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5: final report to the Panel and the Secretary of State at least 7 working days before publication", Confidence.Likely),
        new(Sources.PartnersInForce),
        [WorkingDays.Parameter]);

    /// <inheritdoc/>
    public override Deadline? ForIncident(SeriousIncident incident, DeadlineContext context)
    {
        if (incident.LocalReview is not { } review)
        {
            return null;
        }

        var subject = Subject.Incident(incident.CaseReference);
        if (review.InitiatedOn is not { } initiated)
        {
            return Make(context, subject, "publication", null, "7 working days before publication", Counting.WorkingDaysBefore, null, review.FinalReportSentOn);
        }

        var days = Whole(context, WorkingDays, initiated);
        var months = (int)context.Rulebook.Number(RuleIds.LocalReviewPublished, LocalReviewPublished.Months, initiated);
        var (publicationDue, _, open) = LocalReviewPublished.Due(review, initiated, months, context.AsOf);
        var publication = review.PublishedOn ?? publicationDue;
        var due = context.Calendar.AddWorkingDays(publication, -days);
        return Make(context, subject, review.PublishedOn is null ? "publication (due date)" : "publication", publication, $"at least {days} working days before publication", Counting.WorkingDaysBefore,
            due, review.FinalReportSentOn, paused: open is not null && review.PublishedOn is null);
    }
}

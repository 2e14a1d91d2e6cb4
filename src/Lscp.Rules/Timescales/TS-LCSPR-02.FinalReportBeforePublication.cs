using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-LCSPR-02: the final report goes to the Panel and the Secretary of State at least <c>workingDays</c> (7) working days before
/// publication: counted back from the publication date, or, before publication, from the publication due date (TS-LCSPR-01).
/// </summary>
public sealed class FinalReportBeforePublication : DeadlineRule
{
    /// <inheritdoc/>
    public override string Id => RuleIds.FinalReportBeforePublication;

    /// <inheritdoc/>
    public override Deadline? ForIncident(SeriousIncident incident, DeadlineContext context)
    {
        if (incident.LocalReview is not { } review)
        {
            return null;
        }

        var subject = $"incident:{incident.CaseReference}";
        if (review.InitiatedOn is not { } initiated)
        {
            return Make(context, subject, "publication", null, "7 working days before publication", Counting.WorkingDaysBefore, null, review.FinalReportSentOn);
        }

        var days = Whole(context, ParameterNames.WorkingDays, initiated);
        var months = (int)context.Rulebook.Number(RuleIds.LocalReviewPublished, ParameterNames.Months, initiated);
        var (publicationDue, _, open) = LocalReviewPublished.Due(review, initiated, months, context.AsOf);
        var publication = review.PublishedOn ?? publicationDue;
        var due = context.Calendar.AddWorkingDays(publication, -days);
        return Make(context, subject, review.PublishedOn is null ? "publication (due date)" : "publication", publication, $"at least {days} working days before publication", Counting.WorkingDaysBefore,
            due, review.FinalReportSentOn, paused: open is not null && review.PublishedOn is null);
    }
}

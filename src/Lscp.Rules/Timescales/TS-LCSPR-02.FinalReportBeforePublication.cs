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
    internal static NumberParameter WorkingDays { get; } = ClockParameters.WorkingDays(7, "between sending the final report and publication",
        assumed: "No public text giving the number of days was found; 7 working days is this library's assumption.");

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.FinalReportBeforePublication,
        "The final LCSPR report goes to the Panel and the Secretary of State at least {workingDays} working days before publication",
        RuleArea.Timescale,
        new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5, are said to ask for the final report in advance of publication; no public text giving the number of days was found in the stored copies, so the 7 working days is this library's assumption, to confirm", Confidence.LocalPractice)
        {
            Quotes = [new("For Serious Case Reviews and Child Safeguarding Practice Reviews the requirements to notify in advance of publication and to publish within 6 months of initiation are relaxed …",
                "Trafford Strategic Safeguarding Partnership, 'Child Safeguarding Practice Reviews update' (30 March 2020)",
                "https://www.traffordsafeguardingpartnership.org.uk/About-us/News/2020/Child-Safeguarding-Practice-Reviews-update.aspx")],
        },
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

        if (review.PublishedOn is null && !review.Delays.IsEmpty)
        {
            // Publication is delayed: the final report is due before the day it will be published, not yet known.
            return Make(context, subject, "publication (delayed; not yet recorded)", null, $"at least {Whole(context, WorkingDays, initiated)} working days before publication", Counting.WorkingDaysBefore, null, review.FinalReportSentOn);
        }

        var days = Whole(context, WorkingDays, initiated);
        var months = (int)context.Rulebook.Number(RuleIds.LocalReviewPublished, LocalReviewPublished.Months, initiated);
        var publication = review.PublishedOn ?? initiated.PlusMonths(months);
        var due = context.Calendar.AddWorkingDays(publication, -days);
        return Make(context, subject, review.PublishedOn is null ? "publication (due date)" : "publication", publication, $"at least {days} working days before publication", Counting.WorkingDaysBefore,
            due, review.FinalReportSentOn);
    }
}

using Lscp.Rules.Compliance;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-LCSPR-01: a local review is published within <c>months</c> (6) calendar months of the decision to initiate it. A
/// recorded delay does not move the date: the guidance asks the partners to tell the Panel and the Secretary of State why
/// publication is delayed, so a late publication whose delay was explained to both (by the day it was published, or the
/// evaluation date) is a warning, and one whose delay was not is a breach (see <see cref="Compliance.DeadlineFindings"/>).
/// </summary>
internal sealed class LocalReviewPublished : DeadlineRule
{
    /// <summary>Calendar months allowed from the decision to initiate to publication.</summary>
    internal static NumberParameter Months { get; } = ClockParameters.Months(6, "Calendar months allowed from the decision to initiate to publication.", maximum: 36);

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.LocalReviewPublished,
        "A local child safeguarding practice review is published within {months} months of the decision to initiate it",
        RuleArea.Timescale,
        new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5: the review published within six months of the decision to initiate it; where publication is delayed, the partners tell the Panel and the Secretary of State why (the guidance's own words not found in the stored copies; a partnership states the six months, and the Panel relaxed it for a time in 2020)", Confidence.Likely)
        {
            Quotes = [new("For Serious Case Reviews and Child Safeguarding Practice Reviews the requirements to notify in advance of publication and to  publish within 6 months of initiation are relaxed as there is a recognition that the resources required to complete these processes will currently be engaged elsewhere.",
                "Trafford Strategic Safeguarding Partnership, 'Child Safeguarding Practice Reviews update' (30 March 2020)",
                "https://www.traffordsafeguardingpartnership.org.uk/About-us/News/2020/Child-Safeguarding-Practice-Reviews-update.aspx")],
        },
        new(Sources.PartnersInForce),
        [Months.Parameter]);

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
            return Make(context, subject, "the decision to initiate the review", null, "6 months", Counting.MonthsAfter, null, review.PublishedOn, review.Delays);
        }

        var months = Whole(context, Months, initiated);
        return Make(context, subject, "the decision to initiate the review", initiated, Counting.Months(months), Counting.MonthsAfter,
            initiated.PlusMonths(months), review.PublishedOn, review.Delays);
    }
}

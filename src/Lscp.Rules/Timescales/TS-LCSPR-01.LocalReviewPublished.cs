using Lscp.Model.Records;
using Lscp.Rules.Catalogue;
using NodaTime;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-LCSPR-01: a local review is published within <c>months</c> (6) calendar months of the decision to initiate it. A
/// recorded delay does not move the date, and a late publication is a breach whether or not the delay was told to the
/// Panel and the Secretary of State: the finding states which (see <see cref="Compliance.DeadlineFindings"/>), but no
/// public text was found that makes an explained delay anything but late.
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
        new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5, as a partnership states the requirement: the review published within 6 months of its initiation (the guidance's own words not found in the stored copies; the Panel and the Department relaxed the requirement for a time in 2020, as the partnership reports). That a delay is explained to the Panel and the Secretary of State is this library's reading: no public text saying so was found in the stored copies", Confidence.Likely)
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

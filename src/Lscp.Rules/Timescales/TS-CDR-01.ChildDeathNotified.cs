using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-CDR-01: a child death is notified to the child death review process within <c>days</c> (2: the 48 hours of local
/// practice, counted in whole days because the records hold dates, not times) of being learned of.
/// </summary>
internal sealed class ChildDeathNotified : DeadlineRule
{
    /// <summary>Calendar days allowed after the death is learned of.</summary>
    internal static NumberParameter Days { get; } = ClockParameters.Days(2, "Calendar days allowed after the death is learned of (48 hours, counted in whole days).", maximum: 14,
        assumed: "48 hours is one partnership's published practice, not a national rule; the partnership should confirm its own.");

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ChildDeathNotified,
        "A child death is notified to the child death review process within 48 hours of being learned of",
        RuleArea.Timescale,
        new("Local practice: a partnership's published procedure asks for notification of a child's death within 48 hours; the child death review partners are the local authority and the ICB (Children Act 2004, s16Q(2)), whose arrangements were in place by 29 September 2019 (Child Death Review Statutory and Operational Guidance 2018, as partnerships quote it)", Confidence.LocalPractice)
        {
            Quotes =
            [
                new("Any professional becoming aware of the death of a child occurring in The City of London or Hackney; or the death of a child normally resident either The City of London or Hackney child occurring elsewhere, should make a notification within 48 hours.",
                    "City and Hackney Safeguarding Children Partnership, 'Child death reviews'",
                    "https://chscp.org.uk/child-death-reviews/"),
                new("The nationally set timelines for transition to the new arrangements are that all CDR Partners are required to publish details of their new arrangements by 29 June 2019. Pending the implementation of the new CDR arrangements by 29 September 2019, the existing procedures governing child deaths remain in place.",
                    "City and Hackney Safeguarding Children Board, 'Child death reviews' (on the Child Death Review Statutory and Operational Guidance 2018)",
                    "http://www.chscb.org.uk/child-death-reviews/"),
            ],
        },
        new(Sources.CdrInPlace),
        [Days.Parameter]);

    /// <inheritdoc/>
    public override Deadline? ForDeathReview(DeathReview death, DeadlineContext context)
    {
        var days = Whole(context, Days, death.LearnedOn);
        return Make(context, Subject.DeathReview(death.CaseReference), "the death being learned of", death.LearnedOn, Counting.Days(days), Counting.DaysAfter,
            death.LearnedOn.PlusDays(days), death.NotifiedOn);
    }
}

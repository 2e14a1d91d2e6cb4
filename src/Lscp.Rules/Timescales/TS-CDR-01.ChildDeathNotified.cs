using Lscp.Rules.Compliance;
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
    internal static NumberParameter Days { get; } = ClockParameters.Days(2, "Calendar days allowed after the death is learned of (48 hours, counted in whole days).", maximum: 14);

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ChildDeathNotified,
        "A child death is notified to the child death review process within 48 hours of being learned of",
        RuleArea.Timescale,
        new("Children Act 2004 s16Q (child death review partners: the local authority and the ICB); Child Death Review Statutory and Operational Guidance 2018: arrangements in place by 29 September 2019; notification within 48 hours is local practice", Confidence.LocalPractice),
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

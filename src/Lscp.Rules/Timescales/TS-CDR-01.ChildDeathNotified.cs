using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-CDR-01: a child death is notified to the child death review process within <c>days</c> (2: the 48 hours of local
/// practice, counted in whole days because the records hold dates, not times) of being learned of.
/// </summary>
public sealed class ChildDeathNotified : DeadlineRule
{
    /// <inheritdoc/>
    public override string Id => RuleIds.ChildDeathNotified;

    /// <inheritdoc/>
    public override Deadline? ForDeathReview(DeathReview death, DeadlineContext context)
    {
        var days = Whole(context, ParameterNames.Days, death.LearnedOn);
        return Make(context, $"death-review:{death.CaseReference}", "the death being learned of", death.LearnedOn, Counting.Days(days), Counting.DaysAfter,
            death.LearnedOn.PlusDays(days), death.NotifiedOn);
    }
}

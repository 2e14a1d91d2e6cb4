using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-ACTION-01: each action of a review's or an audit's recommendation is done by the due date the partnership agreed
/// for it. The clock runs from the recommendation's date to the action's due date; it is met when the action is recorded
/// as done on or before it. The due date is the partnership's own: no public text found sets one.
/// </summary>
internal sealed class ActionDoneByDueDate : DeadlineRule
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ActionDoneByDueDate,
        "Each action on a review's or an audit's recommendation is done by the due date the partnership agreed",
        RuleArea.Learning,
        new("No public text found sets when an action on a child safeguarding practice review's recommendation must be done: the due date is the partnership's own, recorded with the action. The duty behind it is Working Together 2023's, as a partnership reproduces it (recommendations implemented, with a demonstrable impact on practice), and Working Together 2018's record of the actions taken on review recommendations, as a council states it. Actions on an audit's recommendations rest on the partnership's own audit programme alone", Confidence.LocalPractice)
        {
            Quotes = [Sources.LearningImplemented2023, Sources.ReviewActions2018],
        },
        new(Sources.PartnersInForce),
        []);

    /// <inheritdoc/>
    public override Deadline? ForAction(Recommendation recommendation, LearningAction action, DeadlineContext context) =>
        Make(context, Subject.Action(action.Id), $"recommendation {recommendation.Id}", recommendation.MadeOn, "the agreed date", Counting.AgreedDate,
            action.DueOn, action.DoneOn);
}

using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-RAPID-01: the rapid review is completed and sent to the Panel within <c>workingDays</c> (15) working days of the
/// <c>anchor</c>: the notification (default) or the local authority becoming aware. The parameter is read as it stood on the
/// day the local authority became aware, so a change of local practice applies to incidents from its date.
/// </summary>
public sealed class RapidReview : DeadlineRule
{
    /// <inheritdoc/>
    public override string Id => RuleIds.RapidReview;

    /// <inheritdoc/>
    public override Deadline? ForIncident(SeriousIncident incident, DeadlineContext context)
    {
        var aware = incident.LocalAuthorityAwareOn;
        var days = Whole(context, ParameterNames.WorkingDays, aware);
        var fromNotification = context.Rulebook.RapidReviewFromNotification(aware);
        var anchor = fromNotification ? incident.NotifiedPanelOn : aware;
        var anchorName = fromNotification ? "the notification to the Panel" : "the local authority becoming aware";
        var due = anchor is { } a ? context.Calendar.AddWorkingDays(a, days) : (NodaTime.LocalDate?)null;
        return Make(context, $"incident:{incident.CaseReference}", anchorName, anchor, Counting.WorkingDays(days), Counting.WorkingDaysAfter,
            due, incident.RapidReviewSentOn);
    }
}

using Lscp.Rules.Compliance;
using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>
/// TS-RAPID-01: the rapid review is completed and sent to the Panel within <c>workingDays</c> (15) working days of the
/// <c>anchor</c>: the notification (default) or the local authority becoming aware. The parameter is read as it stood on the
/// day the local authority became aware, so a change of local practice applies to incidents from its date.
/// </summary>
internal sealed class RapidReview : DeadlineRule
{
    /// <summary>What the rapid review clock counts from.</summary>
    internal enum ClockAnchor
    {
        /// <summary>The notification to the Panel.</summary>
        Notification,

        /// <summary>The local authority becoming aware.</summary>
        Awareness,
    }

    /// <summary>Working days allowed for the rapid review.</summary>
    internal static NumberParameter WorkingDays { get; } = ClockParameters.WorkingDays(15, "for the rapid review");

    /// <summary>What the clock counts from.</summary>
    internal static ChoiceParameter<ClockAnchor> Anchor { get; } =
        new("anchor", "What the rapid review clock counts from: the notification to the Panel (most sources) or the local authority becoming aware.", ClockAnchor.Notification);

    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.RapidReview,
        "The rapid review is completed and sent to the Panel, with its decision, within 15 working days",
        RuleArea.Timescale,
        new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5: rapid review and decision sent to the Panel within 15 working days", Confidence.Likely),
        new(Sources.PartnersInForce),
        [WorkingDays.Parameter, Anchor.Parameter]);

    /// <inheritdoc/>
    public override Deadline? ForIncident(SeriousIncident incident, DeadlineContext context)
    {
        var aware = incident.LocalAuthorityAwareOn;
        var days = Whole(context, WorkingDays, aware);
        var fromNotification = context.Rulebook.Choice(Id, Anchor, aware) == ClockAnchor.Notification;
        var anchor = fromNotification ? incident.NotifiedPanelOn : aware;
        var anchorName = fromNotification ? "the notification to the Panel" : "the local authority becoming aware";
        var due = anchor is { } a ? context.Calendar.AddWorkingDays(a, days) : (NodaTime.LocalDate?)null;
        return Make(context, Subject.Incident(incident.CaseReference), anchorName, anchor, Counting.WorkingDays(days), Counting.WorkingDaysAfter,
            due, incident.RapidReviewSentOn);
    }
}

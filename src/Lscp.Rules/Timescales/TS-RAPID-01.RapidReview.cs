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
        "The rapid review is completed and sent to the Panel, with its decision, within {workingDays} working days",
        RuleArea.Timescale,
        new("The Child Safeguarding Practice Review Panel's practice guidance (April 2019, 'Rapid review timescales'), and Working Together to Safeguard Children 2023, chapter 5, as a partnership quotes it: the rapid review within 15 working days of the notification to the Panel; an earlier reading counts from the partners becoming aware (the anchor is a setting)", Confidence.Likely)
        {
            Quotes =
            [
                new("When safeguarding partners notify the Panel about a serious incident they must undertake a rapid review of the child’s experience within 15 working days, calculated from the date that the notification was sent to the Panel.",
                    "Cambridgeshire and Peterborough Safeguarding Children Partnership, 'Serious case reviews' (Working Together 2023, chapter 5)",
                    "https://www.safeguardingcambspeterborough.org.uk/children-board/serious-case-reviews"),
                new("Contents … Rapid reviews 14 / Rapid review timescales 15",
                    "Child Safeguarding Practice Review Panel: practice guidance, April 2019 (its rapid review timescales, page 15; the text of that page not seen)",
                    "https://vdocuments.site/child-safeguarding-practice-review-panel-practice-this-guidance-is-issued-by.html"),
                new("A rapid review into all serious child safeguarding cases has to be completed within 15 working days of safeguarding partners becoming aware of the incident.",
                    "Trafford Strategic Safeguarding Partnership, 'Child safeguarding practice reviews' (the awareness anchor)",
                    "https://www.traffordsafeguardingpartnership.org.uk/safeguarding-children-and-young-people/Child-Safeguarding-Practice-Reviews/Child-safeguarding-practice-reviews.aspx"),
            ],
        },
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

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
        new("Partnerships' published procedures, one in words that count from the notification sent to the Panel: the rapid review within 15 working days of the notification; another reading counts from the partners becoming aware (the anchor is a setting; no page giving that reading was found again in the stored copies). In 2020 a partnership reported the 15 working days as a non-statutory expectation. The Panel's practice guidance (April 2019) has a section 'Rapid review timescales' whose text was not seen", Confidence.Likely)
        {
            Quotes =
            [
                new("When safeguarding partners notify the Panel about a serious incident they must undertake a rapid review of the child’s experience within 15 working days, calculated from the date that the notification was sent to the Panel.",
                    "Cambridgeshire and Peterborough Safeguarding Children Partnership, 'Serious case reviews'",
                    "https://www.safeguardingcambspeterborough.org.uk/children-board/serious-case-reviews"),
                new("Following notification to the Child Safeguarding Practice Review Panel, the North Yorkshire Safeguarding Children Partnership Business Unit instigate a 15-day rapid review of the case.",
                    "North Yorkshire Safeguarding Children Partnership, 'Child Safeguarding Rapid Review Process OMG'",
                    "https://safeguardingchildren.co.uk/professionals/procedures-practice-guidance-and-one-minute-guides/child-safeguarding-rapid-review-process-omg/"),
                new("Rapid Reviews have a none-statutory expectation that they be carried out within 15 working days.",
                    "Trafford Strategic Safeguarding Partnership, 'Child Safeguarding Practice Reviews update' (30 March 2020), summarising the Panel's and the Department for Education's guidance",
                    "https://www.traffordsafeguardingpartnership.org.uk/About-us/News/2020/Child-Safeguarding-Practice-Reviews-update.aspx"),
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

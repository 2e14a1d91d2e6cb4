using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>TS-NOTIFY-01: the local authority notifies the Panel within <c>workingDays</c> (5) working days of becoming aware.</summary>
internal sealed class PanelNotified : AwarenessClock
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.PanelNotified,
        "The local authority notifies the Panel within {workingDays} working days of becoming aware of a serious incident",
        RuleArea.Timescale,
        new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5, as GOV.UK's guidance for local authorities, the Department for Education's statistics and partnerships state it: the local authority notifies the Panel within 5 working days of becoming aware of the incident (the duty to notify is the Children Act 2004, s16C(1); the Working Together paragraph itself not seen)", Confidence.Confirmed)
        {
            Quotes =
            [
                new("You must notify the Panel if it’s known or suspected that a child has been abused or neglected. … You must do this within 5 working days of becoming aware of the incident.",
                    "GOV.UK, 'Report a serious child safeguarding incident' (government guidance for local authorities)",
                    "https://gov.uk/guidance/report-a-serious-child-safeguarding-incident"),
                new("The local authority should notify the Panel within 5 working days of becoming aware that the incident has occurred.",
                    "Department for Education, 'Serious incident notifications' methodology (official statistics)",
                    "https://explore-education-statistics.service.gov.uk/methodology/serious-incident-notifications-methodology"),
                new("The local authority must notify any event that meets the above criteria to the Panel. They should do so within five working days of becoming aware that the incident has occurred.",
                    "Wirral Safeguarding Children Partnership, 'Notifiable Incidents Involving Children' (the page does not name the source of these words)",
                    "https://wirralsafeguarding.co.uk/?p=2119"),
                new("The local authority must notify the Panel of any event that meets the criteria within 5 working days of becoming aware that the incident has occurred.",
                    "St Helens Safeguarding Children Partnership, 'St. Helens Rapid Reviews & Process'",
                    "https://www.sthelenssafeguarding.org.uk/scp/scp/reviews/st-helens-rapid-reviews"),
            ],
        },
        new(Sources.PartnersInForce),
        [WorkingDays.Parameter]);

    /// <inheritdoc/>
    protected override NodaTime.LocalDate? CompletedOn(SeriousIncident incident) => incident.NotifiedPanelOn;
}

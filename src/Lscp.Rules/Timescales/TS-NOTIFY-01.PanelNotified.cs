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
        new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5: the local authority notifies the Panel within 5 working days of becoming aware of the incident (the duty to notify is the Children Act 2004, s16C(1)); the guidance's words as the Department for Education and partnerships restate them", Confidence.Confirmed)
        {
            Quotes =
            [
                new("The local authority should notify the Panel within 5 working days of becoming aware that the incident has occurred.",
                    "Department for Education, 'Serious incident notifications' methodology (official statistics)",
                    "https://explore-education-statistics.service.gov.uk/methodology/serious-incident-notifications-methodology"),
                new("The local authority must notify any event that meets the above criteria to the Panel. They should do so within five working days of becoming aware that the incident has occurred.",
                    "Wirral Safeguarding Children Partnership, quoting Working Together 2018, chapter 4",
                    "https://wirralsafeguarding.co.uk/?p=2119"),
            ],
        },
        new(Sources.PartnersInForce),
        [WorkingDays.Parameter]);

    /// <inheritdoc/>
    protected override NodaTime.LocalDate? CompletedOn(SeriousIncident incident) => incident.NotifiedPanelOn;
}

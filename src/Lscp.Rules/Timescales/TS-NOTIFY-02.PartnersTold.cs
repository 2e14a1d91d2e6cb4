using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>TS-NOTIFY-02: the incident is reported to the safeguarding partners within <c>workingDays</c> (5) working days of the local authority becoming aware.</summary>
internal sealed class PartnersTold : AwarenessClock
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.PartnersTold,
        "The serious incident is reported to the safeguarding partners within {workingDays} working days of the local authority becoming aware",
        RuleArea.Timescale,
        new("Working Together to Safeguard Children 2018, chapter 4, in the sentence three partnerships publish alike (Wirral with 'five', St Helens and North East Lincolnshire with '5'), and GOV.UK's guidance for local authorities: the local authority also reports the event to the safeguarding partners within 5 working days of becoming aware (the Working Together paragraph itself not seen)", Confidence.Confirmed)
        {
            Quotes =
            [
                new("The local authority should also report the event to the safeguarding partners in their area (and in other areas if appropriate) within five working days.",
                    "Wirral Safeguarding Children Partnership, 'Notifiable Incidents Involving Children' (the page does not name the source of these words)",
                    "https://wirralsafeguarding.co.uk/?p=2119"),
                new("The local authority should also report the event to the safeguarding partners in their area (and in other areas if appropriate) within 5 working days.",
                    "St Helens Safeguarding Children Partnership, 'St. Helens Rapid Reviews & Process' (Wirral's sentence, with '5' for 'five')",
                    "https://www.sthelenssafeguarding.org.uk/scp/scp/reviews/st-helens-rapid-reviews"),
                new("The local authority should also report the event to the safeguarding partners in their area (and in other areas if appropriate) within 5 working days.",
                    "North East Lincolnshire Safeguarding Children Partnership procedures, 'Child Safeguarding Practice Reviews' (updated August 2024)",
                    "https://nelincsscp.trixonline.co.uk/chapter/child-safeguarding-practice-reviews"),
                new("Follow your local processes to report any incidents to your: … local safeguarding partners … You must do this within 5 working days of becoming aware of the incident.",
                    "GOV.UK, 'Report a serious child safeguarding incident' (government guidance for local authorities)",
                    "https://gov.uk/guidance/report-a-serious-child-safeguarding-incident"),
            ],
        },
        new(Sources.PartnersInForce),
        [WorkingDays.Parameter]);

    /// <inheritdoc/>
    protected override NodaTime.LocalDate? CompletedOn(SeriousIncident incident) => incident.ReportedToPartnersOn;
}

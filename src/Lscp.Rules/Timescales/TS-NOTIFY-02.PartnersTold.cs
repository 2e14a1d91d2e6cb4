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
        new("Working Together to Safeguard Children 2018, chapter 4: the local authority also reports the event to the safeguarding partners within five working days, in the guidance's words as several partnerships quote them alike (the paragraph number not seen)", Confidence.Confirmed)
        {
            Quotes =
            [
                new("The local authority should also report the event to the safeguarding partners in their area (and in other areas if appropriate) within five working days.",
                    "Wirral Safeguarding Children Partnership, quoting Working Together 2018, chapter 4; the same words on the pages of St Helens, North East Lincolnshire and Darlington",
                    "https://wirralsafeguarding.co.uk/?p=2119"),
                new("The local authority should also report the event to the safeguarding partners in their area (and in other areas if appropriate) within 5 working days.",
                    "St Helens Safeguarding Children Partnership, 'Rapid reviews'",
                    "https://www.sthelenssafeguarding.org.uk/scp/scp/reviews/st-helens-rapid-reviews"),
            ],
        },
        new(Sources.PartnersInForce),
        [WorkingDays.Parameter]);

    /// <inheritdoc/>
    protected override NodaTime.LocalDate? CompletedOn(SeriousIncident incident) => incident.ReportedToPartnersOn;
}

using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>TS-NOTIFY-02: the incident is reported to the safeguarding partners within <c>workingDays</c> (5) working days of the local authority becoming aware.</summary>
internal sealed class PartnersTold : AwarenessClock
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.PartnersTold,
        "The serious incident is reported to the safeguarding partners within 5 working days of the local authority becoming aware",
        RuleArea.Timescale,
        new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5: the incident is also reported to the safeguarding partners", Confidence.Likely),
        new(Sources.PartnersInForce),
        [WorkingDays.Parameter]);

    /// <inheritdoc/>
    protected override NodaTime.LocalDate? CompletedOn(SeriousIncident incident) => incident.ReportedToPartnersOn;
}

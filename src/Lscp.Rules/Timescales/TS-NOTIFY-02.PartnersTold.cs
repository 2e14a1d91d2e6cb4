using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>TS-NOTIFY-02: the incident is reported to the safeguarding partners within <c>workingDays</c> (5) working days of the local authority becoming aware.</summary>
public sealed class PartnersTold : AwarenessClock
{
    /// <inheritdoc/>
    public override string Id => RuleIds.PartnersTold;

    /// <inheritdoc/>
    protected override NodaTime.LocalDate? CompletedOn(SeriousIncident incident) => incident.ReportedToPartnersOn;
}

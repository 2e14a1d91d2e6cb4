using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>TS-NOTIFY-01: the local authority notifies the Panel within <c>workingDays</c> (5) working days of becoming aware.</summary>
public sealed class PanelNotified : AwarenessClock
{
    /// <inheritdoc/>
    public override string Id => RuleIds.PanelNotified;

    /// <inheritdoc/>
    protected override NodaTime.LocalDate? CompletedOn(SeriousIncident incident) => incident.NotifiedPanelOn;
}

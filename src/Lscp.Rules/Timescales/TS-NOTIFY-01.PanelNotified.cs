using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>TS-NOTIFY-01: the local authority notifies the Panel within <c>workingDays</c> (5) working days of becoming aware.</summary>
internal sealed class PanelNotified : AwarenessClock
{
    /// <inheritdoc/>
    public override RuleDefinition Definition { get; } = new(
        RuleIds.PanelNotified,
        "The local authority notifies the Panel within 5 working days of becoming aware of a serious incident",
        RuleArea.Timescale,
        new("Working Together to Safeguard Children 2018, chapter 4, and 2023, chapter 5: the local authority notifies the Panel within 5 working days of becoming aware", Confidence.Confirmed),
        new(Sources.PartnersInForce),
        [WorkingDays.Parameter]);

    /// <inheritdoc/>
    protected override NodaTime.LocalDate? CompletedOn(SeriousIncident incident) => incident.NotifiedPanelOn;
}

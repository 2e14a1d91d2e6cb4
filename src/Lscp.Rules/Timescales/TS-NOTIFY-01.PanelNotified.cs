using Lscp.Model.Records;
using Lscp.Rules.Catalogue;

namespace Lscp.Rules.Timescales;

/// <summary>TS-NOTIFY-01: the local authority notifies the Panel within <c>workingDays</c> (5) working days of becoming aware.</summary>
public sealed class PanelNotified : DeadlineRule
{
    /// <inheritdoc/>
    public override string Id => RuleIds.PanelNotified;

    /// <inheritdoc/>
    public override IEnumerable<Deadline> ForIncident(SeriousIncident incident, DeadlineContext context)
    {
        var aware = incident.LocalAuthorityAwareOn;
        var days = Whole(context, "workingDays", aware);
        var due = context.Calendar.AddWorkingDays(aware, days);
        yield return Make(context, $"incident:{incident.CaseReference}", "the local authority becoming aware", aware, Counting.WorkingDays(days), Counting.WorkingDaysAfter,
            due, incident.NotifiedPanelOn);
    }
}

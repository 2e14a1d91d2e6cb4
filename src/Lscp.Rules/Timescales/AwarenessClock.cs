using Lscp.Rules.Catalogue;
using Lscp.Model.Records;

namespace Lscp.Rules.Timescales;

/// <summary>
/// A clock of <c>workingDays</c> working days from the local authority becoming aware of an incident; the rule says which
/// recorded date completes it. TS-NOTIFY-01 and TS-NOTIFY-02 are the two.
/// </summary>
internal abstract class AwarenessClock : DeadlineRule
{
    /// <summary>The working days the clock allows (5 by default); each rule's value is set apart, under its own id.</summary>
    protected static NumberParameter WorkingDays { get; } = ClockParameters.WorkingDays(5, "after the local authority becomes aware");

    /// <summary>The recorded date that meets the clock, or null while it is not recorded.</summary>
    protected abstract NodaTime.LocalDate? CompletedOn(SeriousIncident incident);

    /// <inheritdoc/>
    public override Deadline? ForIncident(SeriousIncident incident, DeadlineContext context)
    {
        var aware = incident.LocalAuthorityAwareOn;
        var days = Whole(context, WorkingDays, aware);
        return Make(context, Subject.Incident(incident.CaseReference), "the local authority becoming aware", aware, Counting.WorkingDays(days), Counting.WorkingDaysAfter,
            context.Calendar.AddWorkingDays(aware, days), CompletedOn(incident));
    }
}

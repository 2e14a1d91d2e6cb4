using NodaTime;

namespace Lscp.Rules.Reporting;

/// <summary>One interval of a body's cadence that ended within the assessed days, as <see cref="Governance.MeetingSchedule"/> draws it.</summary>
/// <param name="Start">Its first day.</param>
/// <param name="End">Its last day (inclusive).</param>
/// <param name="Met">True when the body held a meeting on a day of it.</param>
public sealed record CadenceWindow(LocalDate Start, LocalDate End, bool Met);

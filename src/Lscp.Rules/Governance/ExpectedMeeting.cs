using NodaTime;

namespace Lscp.Rules.Governance;

/// <summary>
/// A meeting a body's cadence asks for: one in each interval of the year. The meeting is due at any time within
/// <see cref="WindowStart"/> to <see cref="WindowEnd"/> (both inclusive); <see cref="NominalDate"/> is a planning date
/// for calendars: the first working day on or after the middle of the window.
/// </summary>
/// <param name="BodyId">The body.</param>
/// <param name="Number">The meeting's number in the year, from 1.</param>
/// <param name="WindowStart">The first day of the interval.</param>
/// <param name="WindowEnd">The last day of the interval (inclusive).</param>
/// <param name="NominalDate">A working day in the middle of the window, for calendars.</param>
public sealed record ExpectedMeeting(string BodyId, int Number, LocalDate WindowStart, LocalDate WindowEnd, LocalDate NominalDate);

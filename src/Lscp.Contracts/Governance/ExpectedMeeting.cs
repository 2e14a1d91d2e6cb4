using NodaTime;

namespace Lscp.Contracts;

/// <summary>A meeting a body's cadence asks for: due at any time from <see cref="WindowStart"/> to <see cref="WindowEnd"/>, both inclusive.</summary>
/// <param name="BodyId">The body.</param>
/// <param name="Number">The meeting's number in the year, from 1.</param>
/// <param name="WindowStart">The first day of the interval.</param>
/// <param name="WindowEnd">The last day of the interval (inclusive).</param>
/// <param name="NominalDate">A planning date for calendars: the first working day on or after the middle of the window.</param>
public sealed record ExpectedMeeting(string BodyId, int Number, LocalDate WindowStart, LocalDate WindowEnd, LocalDate NominalDate);

using NodaTime;

namespace Lscp.Contracts;

/// <summary>One interval of a body's cadence that ended within the assessed days: the body meets at least once in each.</summary>
/// <param name="Start">Its first day.</param>
/// <param name="End">Its last day (inclusive).</param>
/// <param name="Met">True when the body held a meeting on a day of it.</param>
public sealed record CadenceWindow(LocalDate Start, LocalDate End, bool Met);

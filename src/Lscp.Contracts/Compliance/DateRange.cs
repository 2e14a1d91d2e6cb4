using NodaTime;

namespace Lscp.Contracts;

/// <summary>A run of days, both ends inclusive.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day (inclusive).</param>
public sealed record DateRange(LocalDate Start, LocalDate End);

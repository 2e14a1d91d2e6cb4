using NodaTime;

namespace Lscp.Contracts;

/// <summary>A pause of a clock, with its recorded reason.</summary>
/// <param name="From">The first paused day.</param>
/// <param name="To">The last paused day (inclusive); absent while the pause is open.</param>
/// <param name="Reason">Why, as the partners recorded it.</param>
public sealed record Pause(LocalDate From, LocalDate? To, string Reason);

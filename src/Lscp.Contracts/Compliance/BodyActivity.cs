namespace Lscp.Contracts;

/// <summary>How much a body met: meetings held in the assessed days against the cadence intervals that ended in them.</summary>
/// <param name="BodyId">The body.</param>
/// <param name="Name">Its name.</param>
/// <param name="Held">Meetings held.</param>
/// <param name="Expected">Cadence intervals that ended within the assessed days; absent for a body that meets as needed.</param>
/// <param name="Meetings">The meetings it held in the assessed days, in date order; absent when it held none.</param>
/// <param name="Windows">
/// The cadence intervals that ended within the assessed days (as many as <paramref name="Expected"/>), in date order, each
/// met or not; absent when none ended in them or the body meets as needed.
/// </param>
public sealed record BodyActivity(string BodyId, string Name, int Held, int? Expected, IReadOnlyList<MeetingHeld>? Meetings = null, IReadOnlyList<CadenceWindow>? Windows = null);

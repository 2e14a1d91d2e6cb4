namespace Lscp.Contracts;

/// <summary>How much a body met: meetings held in the assessed days against the cadence intervals that ended in them.</summary>
/// <param name="BodyId">The body.</param>
/// <param name="Name">Its name.</param>
/// <param name="Held">Meetings held.</param>
/// <param name="Expected">Cadence intervals that ended within the assessed days; absent for a body that meets as needed.</param>
public sealed record BodyActivity(string BodyId, string Name, int Held, int? Expected);

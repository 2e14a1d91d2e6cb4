using System.Collections.Immutable;

namespace Lscp.Rules.Reporting;

/// <summary>How much a body met: meetings held in the assessed days against the cadence intervals that ended in them.</summary>
/// <param name="BodyId">The body.</param>
/// <param name="Name">Its name.</param>
/// <param name="Held">Meetings held.</param>
/// <param name="Expected">Cadence intervals that ended within the assessed days (one meeting each); null for a body that meets as needed.</param>
/// <param name="Meetings">The meetings held in the assessed days, in date order (empty when none was).</param>
/// <param name="Windows">The cadence intervals that ended within the assessed days, in date order, each met or not (empty for a body that meets as needed).</param>
public sealed record BodyActivity(string BodyId, string Name, int Held, int? Expected, ImmutableArray<MeetingHeld> Meetings = default, ImmutableArray<CadenceWindow> Windows = default)
{
    /// <summary>The meetings held in the assessed days, in date order (compared item by item; empty when none was).</summary>
    public ImmutableArray<MeetingHeld> Meetings { get => _meetings.Items; init => _meetings = value; }

    private readonly ValueArray<MeetingHeld> _meetings = Meetings;

    /// <summary>The cadence intervals that ended within the assessed days, in date order (compared item by item; empty for a body that meets as needed).</summary>
    public ImmutableArray<CadenceWindow> Windows { get => _windows.Items; init => _windows = value; }

    private readonly ValueArray<CadenceWindow> _windows = Windows;
}

using NodaTime;

namespace Lscp.Contracts;

/// <summary>A meeting a body held in the assessed days.</summary>
/// <param name="MeetingId">The meeting's id in the records.</param>
/// <param name="Date">The day it was held.</param>
/// <param name="Quorate">Whether it was quorate under the arrangements in force that day; absent when the body has no quorum rule.</param>
public sealed record MeetingHeld(string MeetingId, LocalDate Date, bool? Quorate = null);

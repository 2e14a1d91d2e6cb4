using NodaTime;

namespace Lscp.Tests.Support;

/// <summary>A clock stopped at noon UTC on one date, in place of NodaTime.Testing's FakeClock (not in this registry).</summary>
internal sealed class FixedClock(LocalDate today) : IClock
{
    public Instant GetCurrentInstant() => today.At(new LocalTime(12, 0)).InUtc().ToInstant();
}

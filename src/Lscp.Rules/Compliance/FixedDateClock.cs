using NodaTime;

namespace Lscp.Rules.Compliance;

/// <summary>
/// A clock that always reads noon in Europe/London on one date: for evaluations the caller dates itself (a scenario's
/// <c>asOf</c>, a request's <c>asOf</c>, a test), so the same inputs give the same answer on any day.
/// </summary>
public sealed class FixedDateClock(LocalDate date) : IClock
{
    /// <summary>The date the clock reads.</summary>
    public LocalDate Date { get; } = date;

    /// <inheritdoc/>
    public Instant GetCurrentInstant() => Date.At(new LocalTime(12, 0)).InZoneLeniently(ComplianceEvaluator.London).ToInstant();
}

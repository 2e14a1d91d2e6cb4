using NodaTime;

namespace Lscp.Contracts;

/// <summary>A dated suspension of a rule: no breach is found on a suspended day.</summary>
/// <param name="RuleId">The rule suspended.</param>
/// <param name="From">The first suspended day.</param>
/// <param name="To">The last suspended day (inclusive); absent when open-ended.</param>
/// <param name="Reason">Why, with its authority.</param>
public sealed record Suspension(string RuleId, LocalDate From, LocalDate? To, string Reason);

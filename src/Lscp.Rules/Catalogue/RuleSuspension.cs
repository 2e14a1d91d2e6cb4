using Lscp.Model;

namespace Lscp.Rules.Catalogue;

/// <summary>A dated suspension of a rule (as national timescales were relaxed in March 2020): no breach is found on a suspended day.</summary>
/// <param name="RuleId">The rule suspended.</param>
/// <param name="During">The days suspended (both ends inclusive).</param>
/// <param name="Reason">Why, with its authority.</param>
public sealed record RuleSuspension(string RuleId, EffectivePeriod During, string Reason);

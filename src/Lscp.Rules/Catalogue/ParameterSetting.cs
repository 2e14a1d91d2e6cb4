using Lscp.Model;

namespace Lscp.Rules.Catalogue;

/// <summary>A partnership's own value for a rule parameter, for a period (both ends inclusive).</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Name">The parameter.</param>
/// <param name="Value">The value, in the parameter's form.</param>
/// <param name="During">When this value applies; outside it the default (or another setting) applies.</param>
/// <param name="Reason">Why the partnership sets it.</param>
public sealed record ParameterSetting(string RuleId, string Name, string Value, EffectivePeriod During, string Reason);

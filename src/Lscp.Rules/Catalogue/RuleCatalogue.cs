using System.Collections.Immutable;
using Lscp.Rules.Compliance;

namespace Lscp.Rules.Catalogue;

/// <summary>
/// The standard definitions of every rule: ids, titles, citations, dates and parameters with their defaults. Each
/// definition is declared in its rule's own file; this gathers them from the rule registry, so the catalogue and the
/// rules cannot differ.
/// </summary>
public static class RuleCatalogue
{
    /// <summary>The governance rules, in id order.</summary>
    public static ImmutableArray<RuleDefinition> Governance { get; } = [.. ComplianceRules.Governance.Select(r => r.Definition)];

    /// <summary>The duties beyond the clocks (key documents signed off, independent scrutiny, arrangements updated), in id order.</summary>
    public static ImmutableArray<RuleDefinition> Duties { get; } = [.. ComplianceRules.Duties.Select(r => r.Definition)];

    /// <summary>The learning rules (review recommendations acted on, impact evidenced, audits done), in id order.</summary>
    public static ImmutableArray<RuleDefinition> Learning { get; } = [.. ComplianceRules.Learning.Select(r => r.Definition)];

    /// <summary>The case review, yearly report and review action timescale rules, in id order.</summary>
    public static ImmutableArray<RuleDefinition> Timescales { get; } = [.. ComplianceRules.Timescales.Select(r => r.Definition)];

    /// <summary>Every rule: governance, duties, learning, then timescales.</summary>
    public static ImmutableArray<RuleDefinition> All { get; } = [.. Governance, .. Duties, .. Learning, .. Timescales];
}

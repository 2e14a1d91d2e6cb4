using System.Collections.Immutable;

namespace Lscp.Rules.Compliance;

/// <summary>
/// Every rule the evaluator runs, one instance each (they hold no state), in id order. The lists come from the rule
/// registry, written at build time from the rule files (<c>ID.ClassName.cs</c>): adding a rule adds its file only.
/// </summary>
public static class ComplianceRules
{
    /// <summary>The governance rules (<c>Compliance/Governance/GOV-*.cs</c>).</summary>
    public static ImmutableArray<ComplianceRule> Governance => Lscp.Rules.Compliance.Governance.RuleRegistry.All;

    /// <summary>The duties beyond the clocks (<c>Compliance/Duties/DUTY-*.cs</c>).</summary>
    public static ImmutableArray<ComplianceRule> Duties => Lscp.Rules.Compliance.Duties.RuleRegistry.All;

    /// <summary>Learning from practice: recommendations, their actions' impact, audits (<c>Compliance/Learning/LEARN-*.cs</c>).</summary>
    public static ImmutableArray<ComplianceRule> Learning => Lscp.Rules.Compliance.Learning.RuleRegistry.All;

    /// <summary>The statutory clocks (<c>Timescales/TS-*.cs</c>), as findings.</summary>
    public static ImmutableArray<ComplianceRule> Timescales { get; } = [.. Lscp.Rules.Timescales.RuleRegistry.All.Select(r => new DeadlineFindings(r))];

    /// <summary>Every rule: governance, duties, learning, then the clocks.</summary>
    public static ImmutableArray<ComplianceRule> All { get; } = [.. Governance, .. Duties, .. Learning, .. Timescales];
}

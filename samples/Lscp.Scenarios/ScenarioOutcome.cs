using Lscp.Rules.Reporting;

namespace Lscp.Scenarios;

/// <summary>A scenario run: its report and each expectation checked.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Report">The compliance report.</param>
/// <param name="Expectations">Each expectation checked.</param>
public sealed record ScenarioOutcome(Scenario Scenario, ComplianceReport Report, IReadOnlyList<ExpectationResult> Expectations)
{
    /// <summary>True when every expectation passed (or there were none).</summary>
    public bool Passed => Expectations.All(e => e.Passed);
}

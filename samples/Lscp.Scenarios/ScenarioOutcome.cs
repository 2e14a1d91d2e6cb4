using Lscp.Contracts;

namespace Lscp.Scenarios;

/// <summary>A scenario run: its report, in the report's one shape (the service's answer), and each expectation checked.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Report">The compliance report, as <c>POST /v1/scenarios</c> answers it.</param>
/// <param name="Expectations">Each expectation checked.</param>
public sealed record ScenarioOutcome(Scenario Scenario, ComplianceResponse Report, IReadOnlyList<ExpectationResult> Expectations)
{
    /// <summary>True when every expectation passed (or there were none).</summary>
    public bool Passed => Expectations.All(e => e.Passed);
}

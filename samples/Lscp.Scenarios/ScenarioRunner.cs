using Lscp.Contracts;
using Lscp.Adapters;
using Lscp.Rules.Calendar;
using Lscp.Rules.Reporting;

namespace Lscp.Scenarios;

/// <summary>Runs a scenario: the compliance report on its evaluation date, in the service's shape, and its expectations checked.</summary>
public static class ScenarioRunner
{
    /// <summary>Runs <paramref name="scenario"/> with its rulebook (the standard one plus its own settings) and the England and Wales calendar.</summary>
    public static ScenarioOutcome Run(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var report = ComplianceReportBuilder.Build(scenario.Query, WorkingDayCalendar.EnglandAndWales).ToContract();
        return new ScenarioOutcome(scenario, report, ExpectationChecker.Check(scenario.Expect, report));
    }

    /// <summary>
    /// The report as JSON in the wire's own shape, <c>ComplianceResponse</c> (the <c>report</c> of the service's
    /// <c>POST /v1/scenarios</c>), written by the one report writer, indented.
    /// </summary>
    public static string Json(ScenarioOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return ComplianceReportJson.Write(outcome.Report);
    }

    /// <summary>
    /// What is due on the scenario's evaluation date, for the next <paramref name="days"/> days (1 to 366), in the wire's
    /// shape (the answer of <c>POST /v1/obligations</c>).
    /// </summary>
    public static ObligationsResponse Due(Scenario scenario, int days)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ObligationsHorizon.Build(scenario.Partnership, scenario.Records, scenario.AsOf, days, scenario.Rulebook, WorkingDayCalendar.EnglandAndWales).ToContract();
    }

    /// <summary>The scenario files under <paramref name="path"/> (a file, or a folder searched for .yaml, .yml and .json), in name order.</summary>
    public static IReadOnlyList<string> Files(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new ScenarioException($"{path}: no such file or folder.");
        }

        return [.. Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
    }

}

using System.Diagnostics;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Rules.Governance;

namespace Lscp.Benchmarks;

/// <summary>
/// A rough split of one partnership-year's evaluation by rule (time and bytes per call, Stopwatch and allocation counter),
/// to find where to look; the numbers to quote come from BenchmarkDotNet. Run: <c>-- --attribution</c>.
/// </summary>
internal static class Attribution
{
    public static void Run()
    {
        var context = new ComplianceContext(Workloads.Lewisham, Workloads.Records, Workloads.Year, Rulebook.Standard, WorkingDayCalendar.EnglandAndWales, Workloads.AsOf);
        Measure("validate records", () => RecordsValidator.Validate(Workloads.Lewisham, Workloads.Records));
        foreach (var rule in ComplianceRules.All)
        {
            Measure(rule.Id, () => rule.Evaluate(context).Count());
        }
    }

    private static void Measure(string name, Action action)
    {
        const int Runs = 20_000;
        for (var i = 0; i < 2_000; i++)
        {
            action();
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++)
        {
            action();
        }

        Console.WriteLine($"{name,-22} {clock.Elapsed.TotalMicroseconds / Runs,8:0.00} us {(GC.GetAllocatedBytesForCurrentThread() - bytes) / Runs,8} B");
    }
}

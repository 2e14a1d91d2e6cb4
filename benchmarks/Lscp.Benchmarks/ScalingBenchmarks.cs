using BenchmarkDotNet.Attributes;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;

namespace Lscp.Benchmarks;

/// <summary>
/// Evaluating 1, 10, 100 and 1,000 partnership-years on one thread: the cost per partnership-year must stay flat (nothing
/// grows with the batch), and 1,000 must take under 100 ms. Each iteration evaluates the Lewisham year N times; the rules
/// keep no cache, so every evaluation does the full work.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private static readonly FixedDateClock Clock = new(Workloads.AsOf);

    /// <summary>Partnership-years per batch.</summary>
    [Params(1, 10, 100, 1000)]
    public int PartnershipYears { get; set; }

    [Benchmark]
    public int EvaluateBatch()
    {
        var findings = 0;
        for (var i = 0; i < PartnershipYears; i++)
        {
            findings += ComplianceEvaluator.Evaluate(Workloads.Lewisham, Workloads.Records, Workloads.Year, Rulebook.Standard, WorkingDayCalendar.EnglandAndWales, Clock).Findings.Length;
        }

        return findings;
    }
}

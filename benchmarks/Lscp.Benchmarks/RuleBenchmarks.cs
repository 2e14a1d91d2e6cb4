using BenchmarkDotNet.Attributes;
using Lscp.Model;
using Lscp.Model.Records;
using Lscp.Adapters;
using Lscp.Rules.Calendar;
using Lscp.Rules.Catalogue;
using Lscp.Rules.Compliance;
using Lscp.Rules.Timescales;
using NodaTime;

namespace Lscp.Benchmarks;

/// <summary>
/// The rules' costs: one incident's deadlines, one partnership-year's full compliance evaluation, and reading the Lewisham
/// arrangements JSON. Targets: a partnership-year evaluated in at most 50 µs with at most 64 KB allocated.
/// </summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private static readonly IClock Clock = new FixedDateClock(Workloads.AsOf);
    private readonly SeriousIncident _incident = Workloads.Records.Incidents[1];
    private readonly string _lewishamJson = BuiltInPartnerships.Document("lewisham.json");

    [Benchmark]
    public int DeadlinesOfOneIncident() =>
        DeadlineCalculator.ForIncident(_incident, Workloads.AsOf, Rulebook.Standard, WorkingDayCalendar.EnglandAndWales).Length;

    [Benchmark]
    public int EvaluateOnePartnershipYear() =>
        ComplianceEvaluator.Evaluate(Workloads.Lewisham, Workloads.Records, Workloads.Year, Rulebook.Standard, WorkingDayCalendar.EnglandAndWales, Clock).Findings.Length;

    [Benchmark]
    public int ReadArrangementsJson() => PartnershipJson.Read(_lewishamJson).Versions.Length;
}

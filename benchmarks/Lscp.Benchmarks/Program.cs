using BenchmarkDotNet.Running;

// Run every benchmark: dotnet run -c Release --project benchmarks/Lscp.Benchmarks -- --filter '*'
// Run one class:       dotnet run -c Release --project benchmarks/Lscp.Benchmarks -- --filter '*CalendarBenchmarks*'
// Split one evaluation by rule (rough, to find where to look): -- --attribution
if (args.Contains("--attribution"))
{
    Lscp.Benchmarks.Attribution.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Lscp.Benchmarks.Workloads).Assembly).Run(args);

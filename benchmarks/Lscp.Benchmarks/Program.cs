using BenchmarkDotNet.Running;

// Run every benchmark: dotnet run -c Release --project benchmarks/Lscp.Benchmarks -- --filter '*'
// Run one class:       dotnet run -c Release --project benchmarks/Lscp.Benchmarks -- --filter '*CalendarBenchmarks*'
// Split one evaluation by rule (rough, to find where to look): -- --attribution
// GC pauses under load (the 5,000-meeting request, N clients, S seconds): DOTNET_gcServer=1 ... -- --gc-pauses 20 4
if (args is ["--gc-pauses", ..])
{
    Lscp.Benchmarks.GcPauses.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 4);
    return;
}

if (args.Contains("--attribution"))
{
    Lscp.Benchmarks.Attribution.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Lscp.Benchmarks.Workloads).Assembly).Run(args);

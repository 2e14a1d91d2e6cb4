using BenchmarkDotNet.Running;

// Run every benchmark: dotnet run -c Release --project benchmarks/Lscp.Benchmarks -- --filter '*'
// Run one class:       dotnet run -c Release --project benchmarks/Lscp.Benchmarks -- --filter '*CalendarBenchmarks*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

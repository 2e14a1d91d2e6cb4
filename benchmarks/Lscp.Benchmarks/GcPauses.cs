using System.Diagnostics;
using System.Runtime;

namespace Lscp.Benchmarks;

/// <summary>
/// The share of wall time the garbage collector pauses the service for, under load: <c>clients</c> callers post the
/// 5,000-meeting compliance request (<see cref="RequestBenchmarks"/>) back to back for <c>seconds</c>, through the whole
/// service in process. Run with the service's own collector, server GC (the Web SDK's default for the JIT build):
/// <c>DOTNET_gcServer=1 dotnet run -c Release --project benchmarks/Lscp.Benchmarks -- --gc-pauses 20 4</c>.
/// Target (benchmarks/README.md): pauses under 15% of wall time.
/// </summary>
internal static class GcPauses
{
    public static void Run(int seconds, int clients)
    {
        var requests = new RequestBenchmarks();
        requests.Setup();
        try
        {
            // Warm up (the JIT's tiers and the heap's sizing), then measure.
            Load(requests, clients, TimeSpan.FromSeconds(Math.Min(5, seconds)));
            var pausedBefore = GC.GetTotalPauseDuration();
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var wall = Stopwatch.StartNew();
            var done = Load(requests, clients, TimeSpan.FromSeconds(seconds));
            wall.Stop();
            var paused = GC.GetTotalPauseDuration() - pausedBefore;
            var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
            Console.WriteLine($"GC: {(GCSettings.IsServerGC ? "server" : "workstation")}, {(GCSettings.LatencyMode)}; {Environment.ProcessorCount} cores; {clients} clients for {seconds} s");
            Console.WriteLine($"requests: {done}; {wall.Elapsed.TotalMilliseconds * clients / done:0.0} ms each (wall x clients / requests); {allocated / (double)done / 1024 / 1024:0.00} MB allocated each");
            Console.WriteLine($"collections: gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}");
            Console.WriteLine($"paused: {paused.TotalMilliseconds:0} ms of {wall.Elapsed.TotalMilliseconds:0} ms wall = {100 * paused / wall.Elapsed:0.0}%");
        }
        finally
        {
            requests.Cleanup();
        }
    }

    private static long Load(RequestBenchmarks requests, int clients, TimeSpan time)
    {
        var until = Stopwatch.GetTimestamp() + (long)(time.TotalSeconds * Stopwatch.Frequency);
        var counts = new long[clients];
        Parallel.For(0, clients, new ParallelOptions { MaxDegreeOfParallelism = clients }, c =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                requests.Meetings5000Request();
                counts[c]++;
            }
        });
        return counts.Sum();
    }
}

using System.Diagnostics;
using BenchmarkDotNet.Running;
using StoreBenchmarks;

// dotnet run -c Release --project bench/StoreBenchmarks -- --job short --filter '*'   lookups, create+delete, memory floor at 1k/100k/1M
// dotnet run -c Release --project bench/StoreBenchmarks -- memory [N]   seed N users (default 1M), print process memory
// dotnet run -c Release --project bench/StoreBenchmarks -- pauses [S]    GC pauses when every request keeps a user, S s a case (default 10)
if (args is ["pauses", ..])
{
    RetentionPauses.Run(TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10));
    return;
}

if (args is ["memory", ..])
{
    var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    var stopwatch = Stopwatch.StartNew();
    var (store, team) = SeedWithoutKeepingUsers(count);
    var seeded = stopwatch.Elapsed;
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    using var process = Process.GetCurrentProcess();
    Console.WriteLine($"{team.Users.Count:N0} users seeded in {seeded.TotalSeconds:0.0} s");
    Console.WriteLine($"working set {process.WorkingSet64 / 1048576.0:N0} MiB, GC heap {GC.GetTotalMemory(false) / 1048576.0:N0} MiB, " +
        $"peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MiB");
    GC.KeepAlive(store);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(StoreLookups).Assembly).Run(args);

// The users handed to the store are garbage once it holds them: only what the store keeps is measured.
static (MockWireServer.Store.WireStore Store, MockWireServer.Store.Team Team) SeedWithoutKeepingUsers(int count)
{
    var (store, team, _) = StoreSeed.Team(count);
    return (store, team);
}

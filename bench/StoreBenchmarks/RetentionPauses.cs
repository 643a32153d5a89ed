using System.Diagnostics;
using MockWireServer.Faults;
using MockWireServer.Store;

namespace StoreBenchmarks;

/// <summary>
/// What keeping every created user costs in garbage-collection pauses, the floor under POST's p99 in bench/load.sh.
/// Each iteration allocates what a request leaves behind (10 KB of garbage) and keeps a user: in the store as a POST
/// does (the user, its handle and externalId indexes, an invitation), or the same bytes as one array, or nothing (as a
/// PUT, which replaces). Pauses come from copying the survivors of each young collection, so their length follows
/// what is kept and how many objects and references hold it; requests in flight wait out every pause.
/// </summary>
public static class RetentionPauses
{
    private const int GarbagePerRequest = 10 * 1024;
    private const int BytesPerUser = 900;

    public static void Run(TimeSpan perCase)
    {
        Console.WriteLine($"{perCase.TotalSeconds:0} s per case, one thread, workstation GC (as MockWireServer), {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"kept per request",-38} | {"requests/s",10} | {"GCs/s",6} | {"mean pause",10} | {"max pause",9} | {"paused",6} | {"paused per 1k requests",22}");
        Measure("a user in the store, as POST", perCase, KeepInStore());
        Measure($"one {BytesPerUser}-byte array", perCase, KeepArray());
        Measure("nothing, as PUT", perCase, _ => { });
    }

    private static Action<int> KeepInStore()
    {
        var store = new WireStore(BrokenRules.None);
        var team = store.AddTeam("pauses");
        return i =>
        {
            var user = StoreSeed.User(team, $"kept{i}");
            store.CreateUser(team, user);
            store.AddInvitation(MailCode.New(), team, user);
        };
    }

    private static Action<int> KeepArray()
    {
        var kept = new List<byte[]>();
        return _ => kept.Add(new byte[BytesPerUser]);
    }

    private static void Measure(string name, TimeSpan duration, Action<int> keep)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var garbage = new byte[64][];
        var (collections, pausedBefore) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
        var (maxPause, seen) = (TimeSpan.Zero, collections);
        var clock = Stopwatch.StartNew();
        var requests = 0;
        while (clock.Elapsed < duration)
        {
            for (var part = 0; part < GarbagePerRequest / 512; part++)
            {
                garbage[(requests + part) & 63] = new byte[512];
            }

            keep(requests++);
            // Every collection counts in generation 0's count: after one, read its pause.
            if (GC.CollectionCount(0) != seen)
            {
                seen = GC.CollectionCount(0);
                var pause = GC.GetGCMemoryInfo(GCKind.Any).PauseDurations[0];
                maxPause = pause > maxPause ? pause : maxPause;
            }
        }

        var elapsed = clock.Elapsed;
        var count = GC.CollectionCount(0) - collections;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        Console.WriteLine($"{name,-38} | {requests / elapsed.TotalSeconds,10:N0} | {count / elapsed.TotalSeconds,6:N1} | " +
            $"{paused.TotalMilliseconds / Math.Max(1, count),7:N1} ms | {maxPause.TotalMilliseconds,6:N1} ms | {paused / elapsed,6:P0} | " +
            $"{paused.TotalMilliseconds * 1000 / requests,19:N2} ms");
        GC.KeepAlive(garbage);
    }
}

using BenchmarkDotNet.Attributes;
using MockWireServer.Store;

namespace StoreBenchmarks;

/// <summary>
/// The store's lookups and create at 1k, 100k and 1M users in one team. Keys are laid out in the order they are asked
/// for, so a lookup costs what the store does, not a cache miss in the benchmark's own key array. At 1k the whole team
/// sits in the CPU cache; beyond it every lookup pays main-memory latency, which <see cref="MemoryLatencyFloor"/>
/// measures alone: flat means "a constant number of those reads", i.e. O(1).
/// </summary>
[MemoryDiagnoser]
public class StoreLookups
{
    private WireStore _store = null!;
    private Team _team = null!;
    private Guid[] _ids = null!;
    private string[] _handles = null!;
    private string[] _externalIds = null!;
    private int _next;
    private int _created;

    [Params(1_000, 100_000, 1_000_000)]
    public int Users { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        StoredUser[] users;
        (_store, _team, users) = StoreSeed.Team(Users);
        var order = Enumerable.Range(0, Users).ToArray();
        new Random(7919).Shuffle(order);
        _ids = [.. order.Select(i => users[i].Id)];
        // Fresh copies, allocated in lookup order: like a key just parsed from a request, hot in cache.
        _handles = [.. order.Select(i => new string(users[i].Handle))];
        _externalIds = [.. order.Select(i => new string(users[i].ExternalId))];
    }

    private int Next() => _next = _next + 1 == Users ? 0 : _next + 1;

    [Benchmark]
    public StoredUser? ById() => _store.FindUser(_team, _ids[Next()]);

    [Benchmark]
    public StoredUser? ByHandle() => _store.FindUserByHandle(_team, _handles[Next()]);

    [Benchmark]
    public StoredUser? ByExternalId() => _store.FindUserByExternalId(_team, idpId: null, _externalIds[Next()]);

    /// <summary>
    /// Create and delete one user, so the team keeps the size under test however many times BenchmarkDotNet calls it
    /// (a create alone would grow a 1k team to millions).
    /// </summary>
    [Benchmark]
    public bool CreateThenDelete()
    {
        var user = StoreSeed.User(_team, $"new{Users}-{_created++}");
        _store.CreateUser(_team, user);
        return _store.DeleteUser(_team, user.Id);
    }
}

using BenchmarkDotNet.Attributes;
using MockWireServer.Store;

namespace StoreBenchmarks;

/// <summary>The store's lookups and create at 1k, 100k and 1M users in one team: they should stay flat (O(1) indexes).</summary>
[MemoryDiagnoser]
public class StoreLookups
{
    private WireStore _store = null!;
    private Team _team = null!;
    private StoredUser[] _users = null!;
    private int _next;
    private int _created;

    [Params(1_000, 100_000, 1_000_000)]
    public int Users { get; set; }

    [GlobalSetup]
    public void Setup() => (_store, _team, _users) = StoreSeed.Team(Users);

    private StoredUser Pick() => _users[_next = (_next + 7919) % _users.Length];

    [Benchmark]
    public StoredUser? ById() => _store.FindUser(_team, Pick().Id);

    [Benchmark]
    public StoredUser? ByHandle() => _store.FindUserByHandle(_team, Pick().Handle);

    [Benchmark]
    public StoredUser? ByExternalId() => _store.FindUserByExternalId(_team, idpId: null, Pick().ExternalId);

    /// <summary>Each call adds one more user; the team grows by a few thousand during a run, small next to its size.</summary>
    [Benchmark]
    public UserWriteOutcome Create() => _store.CreateUser(_team, StoreSeed.User(_team, $"new{Users}-{_created++}"));
}

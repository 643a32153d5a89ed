using MockWireServer.Store.Records;

namespace MockWireServer.Tests.Store;

/// <summary>The reference-free index stays exact when every key has the same hash.</summary>
public sealed class KeyIndexTests
{
    private readonly Dictionary<Guid, string> _handles = [];

    [Fact]
    public void Keys_with_one_hash_are_found_added_and_removed_each_for_itself()
    {
        var index = CollidingIndex();
        var (alice, bob, carol) = (Holder("alice"), Holder("bob"), Holder("carol"));

        index.TryAdd(UserKey.Handle("alice"), alice).Should().BeTrue();
        index.TryAdd(UserKey.Handle("bob"), bob).Should().BeTrue();
        index.TryAdd(UserKey.Handle("carol"), carol).Should().BeTrue();
        index.TryAdd(UserKey.Handle("bob"), Holder("bob")).Should().BeFalse("bob is held");

        index.Find(UserKey.Handle("bob")).Should().Be(bob);
        index.Remove(UserKey.Handle("alice"), alice).Should().BeTrue();
        index.Find(UserKey.Handle("alice")).Should().BeNull();
        index.Find(UserKey.Handle("bob")).Should().Be(bob);
        index.Find(UserKey.Handle("carol")).Should().Be(carol);
        index.Find(UserKey.Handle("dave")).Should().BeNull();
        index.TryAdd(UserKey.Handle("bob"), Holder("bob")).Should().BeFalse("bob moved up to the hash's first entry and is still held");
        index.TryAdd(UserKey.Handle("alice"), Holder("alice")).Should().BeTrue();
    }

    [Fact]
    public void Set_replaces_the_holder_and_remove_needs_the_current_holder()
    {
        var index = CollidingIndex();
        var (first, second) = (Holder("alice"), Holder("alice"));
        index.TryAdd(UserKey.Handle("other"), Holder("other"));
        index.TryAdd(UserKey.Handle("alice"), first);

        index.Set(UserKey.Handle("alice"), second);

        index.Find(UserKey.Handle("alice")).Should().Be(second);
        index.Remove(UserKey.Handle("alice"), first).Should().BeFalse();
        index.Remove(UserKey.Handle("alice"), second).Should().BeTrue();
        index.Find(UserKey.Handle("alice")).Should().BeNull();
        index.Find(UserKey.Handle("other")).Should().NotBeNull();
    }

    [Fact]
    public void An_entry_whose_holder_no_longer_has_the_key_finds_nothing()
    {
        var index = new KeyIndex(Holds);
        var alice = Holder("alice");
        index.TryAdd(UserKey.Handle("alice"), alice);

        _handles[alice] = "alicia";

        index.Find(UserKey.Handle("alice")).Should().BeNull();
    }

    private KeyIndex CollidingIndex() => new(Holds, _ => 42);

    private Guid Holder(string handle)
    {
        var id = Guid.NewGuid();
        _handles[id] = handle;
        return id;
    }

    private bool Holds(Guid id, UserKey key) => _handles.TryGetValue(id, out var handle) && handle == key.Value;
}

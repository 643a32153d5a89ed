using System.Text.Json.Nodes;
using ConformanceRunner.Snapshots;

namespace ConformanceRunner.Tests.Snapshots;

public sealed class SnapshotStoreTests : IDisposable
{
    private readonly TemporaryFeatures _folder = new();

    private SnapshotFile File1 => new(Path.Combine(_folder.Root, "f.s.1.verified.json"), Path.Combine(_folder.Root, "f.s.1.received.json"));

    [Fact]
    public void A_missing_verified_file_fails_and_leaves_the_received_file_to_review()
    {
        var result = new SnapshotStore().Verify(File1, JsonNode.Parse("""{"status":201}""")!);

        result.Equality.Should().Be(SnapshotEquality.Missing);
        result.IsSuccess.Should().BeFalse();
        File.Exists(File1.ReceivedPath).Should().BeTrue();
        File.Exists(File1.VerifiedPath).Should().BeFalse();
    }

    [Fact]
    public void The_create_missing_flag_writes_the_verified_file()
    {
        var result = new SnapshotStore(createMissing: true).Verify(File1, JsonNode.Parse("""{"status":201}""")!);

        result.Equality.Should().Be(SnapshotEquality.Created);
        File.Exists(File1.VerifiedPath).Should().BeTrue();
    }

    [Fact]
    public void A_mismatch_writes_received_and_describes_the_difference()
    {
        File.WriteAllText(File1.VerifiedPath, """{"status":201,"body":{"userName":"jane.doe"}}""");

        var result = new SnapshotStore().Verify(File1, JsonNode.Parse("""{"status":201,"body":{"userName":"john.doe"}}""")!);

        result.Equality.Should().Be(SnapshotEquality.NotEqual);
        result.Describe().Should().Contain("-     \"userName\": \"jane.doe\"").And.Contain("+     \"userName\": \"john.doe\"");
        File.Exists(File1.ReceivedPath).Should().BeTrue();
    }

    [Fact]
    public void A_match_removes_a_stale_received_file()
    {
        File.WriteAllText(File1.VerifiedPath, """{"schemas":["b","a"]}""");
        File.WriteAllText(File1.ReceivedPath, "stale");

        var result = new SnapshotStore().Verify(File1, JsonNode.Parse("""{"schemas":["a","b"]}""")!);

        result.Equality.Should().Be(SnapshotEquality.Equal);
        File.Exists(File1.ReceivedPath).Should().BeFalse();
    }

    [Fact]
    public void Accepting_promotes_received_files_to_verified()
    {
        new SnapshotStore().Verify(File1, JsonNode.Parse("""{"status":204}""")!);

        var accepted = SnapshotStore.AcceptAll(_folder.Root);

        accepted.Should().Equal(File1.VerifiedPath);
        new SnapshotStore().Verify(File1, JsonNode.Parse("""{"status":204}""")!).Equality.Should().Be(SnapshotEquality.Equal);
    }

    public void Dispose() => _folder.Dispose();
}

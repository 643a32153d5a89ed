using MockWireServer.Faults;
using MockWireServer.Store;

namespace MockWireServer.Tests.Store;

/// <summary>Wire's uniqueness rules in the user table hold even when every key's hash collides.</summary>
public sealed class UserTableTests
{
    private readonly UserTable _table = new(BrokenRules.None, hash: _ => 7);

    [Fact]
    public void Distinct_handles_with_one_hash_are_all_created_and_found()
    {
        var users = Enumerable.Range(0, 50).Select(i => StoreUsers.Make($"user{i}")).ToList();

        users.Select(_table.Create).Should().OnlyContain(outcome => outcome.Status == UserWriteStatus.Written);

        users.Should().AllSatisfy(u => _table.FindByHandle(u.TeamId, u.Handle)!.Id.Should().Be(u.Id));
        users.Should().AllSatisfy(u => _table.FindByExternalId(u.TeamId, null, u.ExternalId)!.Id.Should().Be(u.Id));
    }

    [Fact]
    public void A_taken_handle_or_externalId_is_refused_and_a_deleted_one_is_free_again()
    {
        var alice = StoreUsers.Make("alice");
        _table.Create(alice);

        _table.Create(StoreUsers.Make("alice", "other@example.com")).Should().Be(UserWriteOutcome.HandleTaken);
        _table.Create(StoreUsers.Make("alice2", alice.ExternalId)).Status.Should().Be(UserWriteStatus.ExternalIdTaken);
        _table.Delete(alice.TeamId, alice.Id)!.Id.Should().Be(alice.Id);

        _table.Create(StoreUsers.Make("alice", alice.ExternalId)).Should().Be(UserWriteOutcome.Written);
    }

    [Fact]
    public void An_externalId_is_unique_per_team_and_a_handle_across_teams()
    {
        var alice = StoreUsers.Make("alice", "shared@example.com");
        _table.Create(alice);

        _table.Create(StoreUsers.Make("bob", "shared@example.com", teamId: Guid.NewGuid())).Should().Be(UserWriteOutcome.Written);
        _table.Create(StoreUsers.Make("alice", "own@example.com", teamId: Guid.NewGuid())).Should().Be(UserWriteOutcome.HandleTaken);
        _table.FindByHandle(Guid.NewGuid(), "alice").Should().BeNull("another team's user is not found");
    }

    [Fact]
    public void A_replace_moves_the_indexes_and_a_replace_of_an_older_version_is_stale()
    {
        var alice = StoreUsers.Make("alice");
        _table.Create(alice);
        var renamed = alice with
        {
            Handle = "alicia",
            ExternalId = "alicia@example.com",
            Email = new StoredEmail("alicia@example.com", null, true),
            DisplayName = "A much longer display name than before",
        };

        _table.Replace(alice, renamed).Should().Be(UserWriteOutcome.Written);

        _table.Replace(alice, alice with { DisplayName = "late" }).Should().Be(UserWriteOutcome.Stale);
        _table.FindByHandle(alice.TeamId, "alice").Should().BeNull();
        _table.FindByHandle(alice.TeamId, "alicia")!.DisplayName.Should().Be(renamed.DisplayName);
        _table.FindByExternalId(alice.TeamId, null, "alice@example.com").Should().BeNull();
        _table.FindByExternalId(alice.TeamId, null, "alicia@example.com")!.Id.Should().Be(alice.Id);
        _table.Create(StoreUsers.Make("alice")).Should().Be(UserWriteOutcome.Written, "the old handle and externalId are free");
    }

    [Fact]
    public void Saml_users_are_found_by_case_folded_NameId_within_their_IdP()
    {
        var idp = Guid.NewGuid();
        var alice = StoreUsers.Make("alice", "Alice@Corp.example", idpId: idp);
        _table.Create(alice);

        _table.FindByExternalId(alice.TeamId, idp, "alice@corp.EXAMPLE")!.Id.Should().Be(alice.Id);
        _table.FindByExternalId(alice.TeamId, Guid.NewGuid(), "alice@corp.example").Should().BeNull();
        _table.FindByExternalId(alice.TeamId, null, "Alice@Corp.example").Should().BeNull("email mode does not see SAML users by externalId");
    }

    [Fact]
    public void Clearing_gives_back_the_memory_of_every_user_and_frees_their_keys()
    {
        var table = new UserTable(BrokenRules.None); // real hashes: 5,000 keys on one hash would test the collision list
        var users = Enumerable.Range(0, 5_000).Select(i => StoreUsers.Make($"user{i}")).ToList();
        users.ForEach(user => table.Create(user));
        table.ReservedBytes.Should().BeGreaterThan(1 << 20, "5,000 users fill more than one chunk");

        table.Clear();

        table.ReservedBytes.Should().Be(0);
        table.Find(users[0].Id).Should().BeNull();
        table.Create(StoreUsers.Make("user0")).Should().Be(UserWriteOutcome.Written);
    }
}

using MockWireServer.Faults;
using MockWireServer.Store;

namespace StoreBenchmarks;

/// <summary>One team of email-mode users, as SCIM POSTs would leave it (handle, externalId and email indexed).</summary>
public static class StoreSeed
{
    public static (WireStore Store, Team Team, StoredUser[] Users) Team(int users)
    {
        var store = new WireStore(BrokenRules.None);
        var team = store.AddTeam("bench");
        var seeded = new StoredUser[users];
        for (var i = 0; i < users; i++)
        {
            seeded[i] = User(team, $"user{i}");
            store.CreateUser(team, seeded[i]);
        }

        return (store, team, seeded);
    }

    public static StoredUser User(Team team, string handle) => new()
    {
        Id = Guid.NewGuid(),
        TeamId = team.Id,
        Handle = handle,
        ExternalId = handle + "@example.com",
        DisplayName = handle,
        Email = new StoredEmail(handle + "@example.com", "work", true),
        Status = AccountStatus.PendingInvitation,
        Role = "member",
        Language = "en",
        Created = DateTimeOffset.UnixEpoch,
        LastModified = DateTimeOffset.UnixEpoch,
    };
}

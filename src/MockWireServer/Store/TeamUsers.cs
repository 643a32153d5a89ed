using System.Diagnostics.CodeAnalysis;

namespace MockWireServer.Store;

/// <summary>One team's users, read from the store's <see cref="UserTable"/>; writes go through <see cref="WireStore"/>.</summary>
public sealed class TeamUsers(UserTable table, Guid teamId)
{
    public StoredUser? GetValueOrDefault(Guid id) => table.Find(teamId, id);

    public bool TryGetValue(Guid id, [NotNullWhen(true)] out StoredUser? user) => (user = table.Find(teamId, id)) is not null;

    public bool ContainsKey(Guid id) => table.Find(teamId, id) is not null;

    /// <summary>Every user of the team, found by a scan of all users: for tests and diagnostics.</summary>
    public IReadOnlyList<StoredUser> Values => table.InTeam(teamId);

    public IReadOnlyList<Guid> Keys => [.. Values.Select(user => user.Id)];

    public int Count => table.CountInTeam(teamId);
}

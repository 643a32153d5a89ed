using MockWireServer.Scim.Errors;
using MockWireServer.Store;

namespace MockWireServer.Scim.Groups;

/// <summary>Wire's rules for SCIM groups (wire-scim.md §1.4): name length, and members that are this team's SCIM users.</summary>
public sealed class GroupProvisioning(WireStore store, TimeProvider clock, Faults.BrokenRules broken)
{
    public const int MaxNameLength = 4000;

    public (StoredGroup? Group, ScimError? Error) Create(Team team, GroupInput input)
    {
        var (members, error) = CheckMembers(team, input, missingIsNotFound: false);
        if (error is not null)
        {
            return (null, error);
        }

        var group = new StoredGroup(Guid.NewGuid(), team.Id, input.DisplayName, broken.Breaks("rfc7644.groups") ? [] : members!, team.Now(clock));
        lock (team.Sync)
        {
            team.Groups[group.Id] = group;
        }

        return (group, null);
    }

    public (StoredGroup? Group, ScimError? Error) Replace(Team team, Guid id, GroupInput input)
    {
        if (!team.Groups.TryGetValue(id, out var current))
        {
            return (null, ScimError.NotFound("Group", id.ToString()));
        }

        var (members, error) = CheckMembers(team, input, missingIsNotFound: true);
        if (error is not null)
        {
            return (null, error);
        }

        var updated = current with { DisplayName = input.DisplayName, Members = members! };
        lock (team.Sync)
        {
            team.Groups[id] = updated;
        }

        return (updated, null);
    }

    private (IReadOnlyList<Guid>? Members, ScimError? Error) CheckMembers(Team team, GroupInput input, bool missingIsNotFound)
    {
        if (Rules.DisplayNameRules.CodePoints(input.DisplayName) is < 1 or > MaxNameLength)
        {
            return (null, ScimError.InvalidValue($"Group displayName must have 1 to {MaxNameLength} characters"));
        }

        var ids = new List<Guid>();
        foreach (var text in input.MemberIds)
        {
            if (!Guid.TryParse(text, out var id))
            {
                return (null, ScimError.InvalidValue($"Invalid group member ID: {text}"));
            }

            ids.Add(id);
        }

        if (missingIsNotFound && ids.FirstOrDefault(id => !store.UserExistsInAnyTeam(id)) is var missing && missing != Guid.Empty)
        {
            return (null, ScimError.NotFound("User", missing.ToString()));
        }

        var refused = ids.Where(id => team.Users.GetValueOrDefault(id) is not { ManagedByScim: true }).ToList();
        return refused.Count > 0
            ? (null, ScimError.InvalidValue($"These users do not exist, are not in your team, or not \"managed_by\" = \"scim\": {string.Join(", ", refused)}"))
            : (ids.Distinct().ToList(), null);
    }
}

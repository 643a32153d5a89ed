using System.Security.Cryptography;
using MockWireServer.Store;

namespace MockWireServer.Control;

/// <summary>What the control plane creates: teams with an owner-admin, and SAML IdPs.</summary>
public sealed class TeamProvisioning(WireStore store)
{
    public (Team Team, TeamMember Admin) CreateTeam(string? name)
    {
        var team = store.AddTeam(string.IsNullOrWhiteSpace(name) ? "Mock team" : name);
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var admin = new TeamMember(Guid.NewGuid(), team.Id, $"admin-{suffix}@{team.Id:N}.mock.wire.example", Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)), "owner");
        store.AddMember(team, admin);
        return (team, admin);
    }

    public IdentityProvider AddIdp(Team team)
    {
        var idp = new IdentityProvider(Guid.NewGuid(), team.Id, $"https://idp.mock.wire.example/{Guid.NewGuid():N}");
        lock (team.Sync)
        {
            team.Idps.Add(idp);
        }

        return idp;
    }
}

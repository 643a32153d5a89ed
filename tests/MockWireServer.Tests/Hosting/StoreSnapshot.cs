using System.Text;
using MockWireServer.Scim.Users;
using MockWireServer.Store;

namespace MockWireServer.Tests.Hosting;

/// <summary>The whole store as text: teams, users (rendered, with status and timestamps), tokens, groups and mails.</summary>
public static class StoreSnapshot
{
    public static string Of(WireStore store)
    {
        var text = new StringBuilder();
        foreach (var team in store.Teams.OrderBy(t => t.Id))
        {
            text.Append(OfTeam(team));
        }

        text.AppendLine($"invitations {store.InvitationCount}");

        return text.ToString();
    }

    /// <summary>One team's part: what another team's requests must never change.</summary>
    public static string OfTeam(Team team)
    {
        var text = new StringBuilder();
        text.AppendLine($"team {team.Id} {team.Name} validateSAMLemails {team.ValidateSamlEmails} clock {team.Now(Epoch.Instance):O}");
        foreach (var member in team.Members.Values.OrderBy(m => m.UserId))
        {
            text.AppendLine($"member {member.UserId} {member.Email} {member.Role}");
        }

        lock (team.Sync)
        {
            text.AppendLine($"idps {string.Join(",", team.Idps.Select(i => i.Id))}");
        }

        foreach (var user in team.Users.Values.OrderBy(u => u.Id))
        {
            text.AppendLine($"user {Encoding.UTF8.GetString(ScimUserRenderer.RenderContent(user))} {user.Status} {user.Role} {user.LastModified:O}");
        }

        foreach (var token in team.Tokens.Values.OrderBy(t => t.Id))
        {
            text.AppendLine($"token {token.Id} {token.IdpId} {token.Name} {token.Description} {token.CreatedAt:O}");
        }

        foreach (var group in team.Groups.Values.OrderBy(g => g.Id))
        {
            text.AppendLine($"group {group.Id} {group.DisplayName} {string.Join(",", group.Members)}");
        }

        text.AppendLine($"mails {team.Outbox.Count} invitations pending {team.Invitations.Count}");

        return text.ToString();
    }

    /// <summary>A clock stopped at the epoch: the team's time on it is the team's own clock advance.</summary>
    private sealed class Epoch : TimeProvider
    {
        public static readonly Epoch Instance = new();

        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UnixEpoch;
    }
}

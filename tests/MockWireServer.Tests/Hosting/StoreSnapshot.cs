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
            text.AppendLine($"team {team.Id} members {string.Join(",", team.Members.Keys.Order())}");
            foreach (var user in team.Users.Values.OrderBy(u => u.Id))
            {
                text.AppendLine($"user {Encoding.UTF8.GetString(ScimUserRenderer.RenderContent(user))} {user.Status} {user.Role} {user.LastModified:O}");
            }

            foreach (var token in team.Tokens.Values.OrderBy(t => t.Id))
            {
                text.AppendLine($"token {token.Id} {token.IdpId} {token.Name}");
            }

            foreach (var group in team.Groups.Values.OrderBy(g => g.Id))
            {
                text.AppendLine($"group {group.Id} {group.DisplayName} {string.Join(",", group.Members)}");
            }

            lock (team.Outbox)
            {
                text.AppendLine($"mails {team.Outbox.Count}");
            }
        }

        return text.ToString();
    }
}

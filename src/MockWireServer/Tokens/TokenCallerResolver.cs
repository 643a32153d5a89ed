using MockWireServer.Login;
using MockWireServer.Scim.Errors;
using MockWireServer.Store;

namespace MockWireServer.Tokens;

/// <summary>Who calls the token API: a zauth session, resolved to the team, the caller's role and password.</summary>
public sealed class TokenCallerResolver(AccessSessions sessions, WireStore store)
{
    public ((Team Team, string Role, string? Password)? Caller, WireError? Error) Resolve(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            // nginz rejects a missing or malformed zauth token before spar sees the request.
            return (null, new WireError(401, "missing-auth", "Missing or invalid access token"));
        }

        if (sessions.Find(header["Bearer ".Length..]) is not { } session || store.FindTeam(session.TeamId) is not { } team)
        {
            return (null, new WireError(401, "invalid-credentials", "Invalid access token"));
        }

        if (team.Members.TryGetValue(session.UserId, out var member))
        {
            return ((team, member.Role, member.Password), null);
        }

        if (team.Users.TryGetValue(session.UserId, out var user) && user.Status == AccountStatus.Active)
        {
            return ((team, user.Role, user.Password), null);
        }

        return (null, WireError.Forbidden("no-team-member", "Requesting user is not a team member"));
    }
}

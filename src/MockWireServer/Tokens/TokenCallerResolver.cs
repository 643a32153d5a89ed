using MockWireServer.Login;
using MockWireServer.Rules;
using MockWireServer.Scim.Errors;
using MockWireServer.Store;

namespace MockWireServer.Tokens;

/// <summary>A logged-in team member allowed to manage SCIM tokens; Password is null for users without one.</summary>
public sealed record TokenManager(Team Team, string? Password);

/// <summary>Who calls the token API: a zauth session, resolved to the team, the caller's role and password.</summary>
public sealed class TokenCallerResolver(AccessSessions sessions, WireStore store)
{
    /// <summary>
    /// The caller, if an owner or admin: only they hold the hidden permission CreateReadDeleteScimToken (wire-scim.md §2.2).
    /// <paramref name="anyMember"/> is the admin-only fault.
    /// </summary>
    public (TokenManager? Manager, WireError? Error) ResolveManager(HttpRequest request, bool anyMember = false)
    {
        var (caller, error) = Resolve(request);
        if (error is not null)
        {
            return (null, error);
        }

        var (team, role, password) = caller!.Value;
        return RoleRules.MayManageTokens(role) || anyMember
            ? (new TokenManager(team, password), null)
            : (null, WireError.Forbidden("insufficient-permissions", "Insufficient permissions"));
    }

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

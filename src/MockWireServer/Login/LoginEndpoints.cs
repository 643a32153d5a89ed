using System.Text.Json;
using MockWireServer.Scim.Errors;
using MockWireServer.Store;

namespace MockWireServer.Login;

/// <summary><c>POST /login</c>: email and password to a Bearer access token, as wire_scim_token.py uses it.</summary>
public static class LoginEndpoints
{
    public static IEndpointRouteBuilder MapWireLogin(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/login", LoginAsync).WithTags("Wire login");
        return routes;
    }

    private static async Task<IResult> LoginAsync(HttpRequest request, WireStore store, AccessSessions sessions)
    {
        var body = await WireJsonBody.ReadObjectAsync(request);
        if (body is null)
        {
            return WireError.BadRequest("bad-request", "Expected a JSON object {\"email\", \"password\"}").ToResult();
        }

        var email = body.Value.TryGetProperty("email", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        var password = body.Value.TryGetProperty("password", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        if (email is null || password is null || store.FindLogin(email) is not { } login || !PasswordMatches(login.Team, login.UserId, password))
        {
            return new WireError(403, "invalid-credentials", "Authentication failed.").ToResult();
        }

        var accessToken = sessions.Issue(login.Team.Id, login.UserId);
        return Results.Json(new { access_token = accessToken, token_type = "Bearer", expires_in = (int)AccessSessions.Lifetime.TotalSeconds, user = login.UserId });
    }

    private static bool PasswordMatches(Team team, Guid userId, string password)
    {
        var stored = team.Members.TryGetValue(userId, out var member) ? member.Password : team.Users.GetValueOrDefault(userId)?.Password;
        return stored is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(stored), System.Text.Encoding.UTF8.GetBytes(password));
    }
}

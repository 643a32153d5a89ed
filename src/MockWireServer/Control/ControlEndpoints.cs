using System.Text.Json;
using MockWireServer.Hosting;
using MockWireServer.Login;
using MockWireServer.Scim.Errors;
using MockWireServer.Store;

namespace MockWireServer.Control;

/// <summary>
/// The mock's control plane under <c>/mock</c>: what tests, QA scripts and vendors need to drive the parts of Wire that
/// SCIM cannot reach (teams, IdPs, mails, invitations, SSO logins, team features, the clock, chaos). Mock-only; not Wire's API.
/// </summary>
public static class ControlEndpoints
{
    public static IEndpointRouteBuilder MapMockControl(this IEndpointRouteBuilder routes)
    {
        var mock = routes.MapGroup("/mock").WithTags("Mock control plane");
        mock.MapPost("/teams", CreateTeamAsync);
        mock.MapPost("/teams/{teamId}/idps", AddIdp);
        mock.MapGet("/teams/{teamId}/outbox", Outbox);
        mock.MapPost("/invitations/{code}/accept", AcceptInvitationAsync);
        mock.MapPost("/teams/{teamId}/sso-login", SsoLoginAsync);
        mock.MapPut("/teams/{teamId}/features/validateSAMLemails", SetValidateSamlEmailsAsync);
        mock.MapDelete("/teams/{teamId}/members/{userId}", DeleteMember);
        mock.MapPost("/clock/advance", AdvanceClockAsync);
        mock.MapPost("/reset", Reset);
        mock.MapChaosControl();
        return routes;
    }

    private static async Task<IResult> CreateTeamAsync(HttpRequest request, TeamProvisioning teams)
    {
        if (await WireJsonBody.ReadObjectAsync(request, allowEmpty: true) is not { } body)
        {
            return BadBody("{\"name\": string?, \"withIdp\": boolean?}");
        }

        var name = body.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var withIdp = body.TryGetProperty("withIdp", out var w) && w.ValueKind == JsonValueKind.True;
        var (team, admin) = teams.CreateTeam(name);
        var idp = withIdp ? teams.AddIdp(team) : null;
        return Results.Json(
            new { teamId = team.Id, admin = new { userId = admin.UserId, email = admin.Email, password = admin.Password }, idpId = idp?.Id },
            statusCode: StatusCodes.Status201Created);
    }

    private static IResult AddIdp(string teamId, WireStore store, TeamProvisioning teams) =>
        FindTeam(teamId, store) is { } team
            ? Results.Json(teams.AddIdp(team) is var idp ? new { idpId = idp.Id, issuer = idp.Issuer } : null, statusCode: StatusCodes.Status201Created)
            : TeamNotFound(teamId);

    private static IResult Outbox(string teamId, WireStore store)
    {
        if (FindTeam(teamId, store) is not { } team)
        {
            return TeamNotFound(teamId);
        }

        return Results.Json(team.Outbox.Mails().Select(m => new { kind = m.Kind, to = m.To, userId = m.UserId, code = m.Code, sentAt = m.SentAt }).ToList());
    }

    /// <summary>The invited user registers (optionally with a password, so an invited admin can log in) and becomes active.</summary>
    private static async Task<IResult> AcceptInvitationAsync(string code, HttpRequest request, WireStore store, InvitationExpiry expiry, TimeProvider clock, Faults.BrokenRules broken)
    {
        if (store.FindInvitation(code) is { } due)
        {
            expiry.Sweep(due.Team);
        }

        var body = await WireJsonBody.ReadObjectAsync(request, allowEmpty: true);
        var password = body is { } b && b.TryGetProperty("password", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        for (var attempt = 0; attempt < 16; attempt++)
        {
            if (store.FindInvitation(code) is not { } invitation || invitation.User.Status != AccountStatus.PendingInvitation)
            {
                return WireError.NotFound("Invitation not found, expired or already accepted.").ToResult();
            }

            var accepted = invitation.User with { Status = broken.Breaks("wire.invite.accept") ? invitation.User.Status : AccountStatus.Active, Password = password, LastModified = invitation.Team.Now(clock) };
            if (store.ReplaceUser(invitation.Team, invitation.User, accepted).Status == UserWriteStatus.Written)
            {
                store.RemoveInvitation(code);
                if (password is not null && accepted.Email is { } email)
                {
                    store.RegisterLogin(email.Value, invitation.Team, accepted.Id);
                }

                return Results.Json(new { userId = accepted.Id });
            }
        }

        return new WireError(409, "conflict", "The user changed concurrently; retry.").ToResult();
    }

    private static async Task<IResult> SsoLoginAsync(string teamId, HttpRequest request, WireStore store, SsoLogin sso)
    {
        if (FindTeam(teamId, store) is not { } team)
        {
            return TeamNotFound(teamId);
        }

        if (await WireJsonBody.ReadObjectAsync(request) is not { } body
            || !body.TryGetProperty("idpId", out var i) || i.ValueKind != JsonValueKind.String || !Guid.TryParse(i.GetString(), out var idpId)
            || !body.TryGetProperty("nameId", out var n) || n.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(n.GetString()))
        {
            return BadBody("{\"idpId\": uuid, \"nameId\": string}");
        }

        var (user, created, error) = sso.Login(team, idpId, n.GetString()!);
        return error is not null ? error.ToResult() : Results.Json(new { userId = user!.Id, created });
    }

    private static async Task<IResult> SetValidateSamlEmailsAsync(string teamId, HttpRequest request, WireStore store)
    {
        if (FindTeam(teamId, store) is not { } team)
        {
            return TeamNotFound(teamId);
        }

        var status = await WireJsonBody.ReadObjectAsync(request) is { } body && body.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        if (status is not ("enabled" or "disabled"))
        {
            return BadBody("{\"status\": \"enabled\" | \"disabled\"}");
        }

        team.ValidateSamlEmails = status == "enabled";
        return Results.Json(new { status });
    }

    private static IResult DeleteMember(string teamId, string userId, WireStore store, Faults.BrokenRules broken)
    {
        if (FindTeam(teamId, store) is not { } team)
        {
            return TeamNotFound(teamId);
        }

        if (!Guid.TryParse(userId, out var id))
        {
            return WireError.BadRequest("bad-request", "userId must be a UUID").ToResult();
        }

        if (!store.RemoveMember(team, id) && !store.DeleteUser(team, id))
        {
            return WireError.NotFound($"No member {userId} in team {teamId}").ToResult();
        }

        if (broken.Breaks("wire.token.outlives-admin"))
        {
            team.Tokens.Clear();
        }

        return Results.NoContent();
    }

    /// <summary>Advances the whole mock's clock, or with <c>"teamId"</c> only that team's (parallel scenarios stay apart).</summary>
    private static async Task<IResult> AdvanceClockAsync(HttpRequest request, MockClock clock, InvitationExpiry expiry, WireStore store)
    {
        if (await WireJsonBody.ReadObjectAsync(request) is not { } body
            || !body.TryGetProperty("seconds", out var s) || s.ValueKind != JsonValueKind.Number || !s.TryGetInt64(out var seconds) || seconds < 0 || seconds > 10L * 365 * 24 * 3600)
        {
            return BadBody("{\"seconds\": non-negative integer, at most ten years, \"teamId\": uuid?}");
        }

        var by = TimeSpan.FromSeconds(seconds);
        Team? team = null;
        if (body.TryGetProperty("teamId", out var t) && t.ValueKind != JsonValueKind.Null)
        {
            if ((team = t.ValueKind == JsonValueKind.String ? FindTeam(t.GetString()!, store) : null) is null)
            {
                return TeamNotFound(t.ToString());
            }

            team.AdvanceClock(by);
        }
        else
        {
            clock.Advance(by);
        }

        var expired = expiry.Sweep();
        return Results.Json(new { now = team?.Now(clock) ?? clock.GetUtcNow(), expiredInvitations = expired });
    }

    private static IResult Reset(WireStore store, MockClock clock, AccessSessions sessions)
    {
        store.Clear();
        sessions.Clear();
        clock.Reset();
        return Results.NoContent();
    }

    private static Team? FindTeam(string teamId, WireStore store) => Guid.TryParse(teamId, out var id) ? store.FindTeam(id) : null;

    private static IResult TeamNotFound(string teamId) => WireError.NotFound($"Team {teamId} not found").ToResult();

    private static IResult BadBody(string expected) => WireError.BadRequest("bad-request", $"Expected a JSON body {expected}").ToResult();
}

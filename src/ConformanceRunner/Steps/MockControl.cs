using System.Text.Json.Nodes;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Steps;

/// <summary>
/// The mock's <c>/mock</c> control plane for <c>@mock-only</c> steps (README "The control plane"): mails, invitations,
/// SSO logins, team features, members and the clock. Sent through <see cref="ScimClient"/> so Then steps see the answer.
/// </summary>
public sealed class MockControl(TargetSession session, ScimClient scim, ScenarioTeam team)
{
    public async Task<JsonArray> OutboxAsync(TeamAccess? of = null)
    {
        var response = await SendAsync(HttpMethod.Get, $"/mock/teams/{TeamId(of ?? team.Access)}/outbox");
        ResponseExpectations.StatusIs(response, 200);
        return (JsonArray)response.RequireJson();
    }

    /// <summary>The invitation mail Wire sent for a user, or null.</summary>
    public async Task<JsonNode?> InvitationFor(string userId) =>
        (await OutboxAsync()).FirstOrDefault(m => m?["kind"]?.GetValue<string>() == "invitation" && m["userId"]?.GetValue<string>() == userId);

    public Task<ScimResponse> AcceptInvitationAsync(string code, string? password) =>
        SendAsync(HttpMethod.Post, $"/mock/invitations/{Uri.EscapeDataString(code)}/accept", password is null ? "{}" : new JsonObject { ["password"] = password }.ToJsonString());

    public Task<ScimResponse> SsoLoginAsync(string nameId, string? idpId = null) =>
        SendAsync(HttpMethod.Post, $"/mock/teams/{TeamId(team.Access)}/sso-login", new JsonObject
        {
            ["idpId"] = idpId ?? team.Access.IdpId ?? throw new InvalidOperationException("The scenario's team has no SAML IdP: use \"a team provisioned by SCIM with SAML SSO\"."),
            ["nameId"] = nameId,
        }.ToJsonString());

    public Task<ScimResponse> SetValidateSamlEmailsAsync(bool enabled) =>
        SendAsync(HttpMethod.Put, $"/mock/teams/{TeamId(team.Access)}/features/validateSAMLemails", new JsonObject { ["status"] = enabled ? "enabled" : "disabled" }.ToJsonString());

    public Task<ScimResponse> RemoveMemberAsync(string userId) =>
        SendAsync(HttpMethod.Delete, $"/mock/teams/{TeamId(team.Access)}/members/{userId}");

    public async Task<string> AddIdpAsync()
    {
        var response = await SendAsync(HttpMethod.Post, $"/mock/teams/{TeamId(team.Access)}/idps");
        ResponseExpectations.StatusIs(response, 201);
        return response.RequireJson()["idpId"]!.GetValue<string>();
    }

    /// <summary>Moves only this scenario's team clock, so parallel scenarios' invitations do not expire with it.</summary>
    public async Task AdvanceClockAsync(TimeSpan by)
    {
        var response = await SendAsync(HttpMethod.Post, "/mock/clock/advance", new JsonObject { ["seconds"] = (long)by.TotalSeconds, ["teamId"] = TeamId(team.Access) }.ToJsonString());
        ResponseExpectations.StatusIs(response, 200);
    }

    private Task<ScimResponse> SendAsync(HttpMethod method, string path, string? body = null)
    {
        _ = session.ControlPlane; // throws on a target without the control plane: the scenario must be @mock-only
        return scim.SendToServerAsync(method, path, body, token: null, WireSession.WireJson);
    }

    private static string TeamId(TeamAccess access) =>
        access.TeamId ?? throw new InvalidOperationException("The team's id is unknown on this target.");
}

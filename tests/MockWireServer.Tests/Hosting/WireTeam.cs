using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MockWireServer.Tests.Hosting;

/// <summary>A mail in the team's outbox (<c>GET /mock/teams/{id}/outbox</c>).</summary>
public sealed record OutboxMail(string Kind, string To, Guid UserId, string Code);

/// <summary>
/// A team made through the control plane, with its owner-admin. Speaks Wire's public API as the admin would (login,
/// token API) and the control plane for what SCIM cannot reach (outbox, invitations, SSO logins).
/// </summary>
public sealed class WireTeam(MockWireHost host, Guid teamId, Guid adminId, string adminEmail, string adminPassword, Guid? idpId)
{
    public Guid TeamId { get; } = teamId;

    public Guid AdminId { get; } = adminId;

    public string AdminEmail { get; } = adminEmail;

    public string AdminPassword { get; } = adminPassword;

    public Guid? IdpId { get; } = idpId;

    private HttpClient Http => host.Http;

    /// <summary><c>POST /login</c>; returns the access token.</summary>
    public async Task<string> LoginAsync(string? email = null, string? password = null)
    {
        var response = await Http.PostAsJsonAsync("/login", new { email = email ?? AdminEmail, password = password ?? AdminPassword });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>Sends a request to the token API (<c>/scim/auth-tokens</c>, or <c>/v8/scim/auth-tokens</c>) as a logged-in user.</summary>
    public async Task<ApiResponse> TokenApiAsync(HttpMethod method, string accessToken, JsonNode? body = null, string version = "", string query = "")
    {
        using var request = new HttpRequestMessage(method, $"{version}/scim/auth-tokens{query}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        }

        return await ApiResponse.ReadAsync(await Http.SendAsync(request));
    }

    /// <summary>Logs the admin in and creates a token; asserts success and returns the response.</summary>
    public async Task<ApiResponse> CreateTokenAsync(string version = "", JsonObject? body = null)
    {
        body ??= new JsonObject { ["description"] = "test token", ["password"] = AdminPassword };
        var response = await TokenApiAsync(HttpMethod.Post, await LoginAsync(), body, version);
        response.Status.Should().Be(HttpStatusCode.OK, response.Body);
        return response;
    }

    /// <summary>A SCIM client holding a fresh token of this team.</summary>
    public async Task<ScimClient> ScimAsync(string version = "", JsonObject? tokenBody = null)
    {
        var created = await CreateTokenAsync(version, tokenBody);
        return new ScimClient(Http, created.Json.GetProperty("token").GetString()!, this);
    }

    public async Task<IReadOnlyList<OutboxMail>> OutboxAsync()
    {
        var mails = await Http.GetFromJsonAsync<JsonElement>($"/mock/teams/{TeamId}/outbox");
        return [.. mails.EnumerateArray().Select(m => new OutboxMail(
            m.GetProperty("kind").GetString()!, m.GetProperty("to").GetString()!, m.GetProperty("userId").GetGuid(), m.GetProperty("code").GetString()!))];
    }

    /// <summary>The invited user accepts the invitation mailed to them (optionally choosing a password).</summary>
    public async Task<ApiResponse> AcceptInvitationAsync(string userId, string? password = null)
    {
        var mail = (await OutboxAsync()).Single(m => m.Kind == "invitation" && m.UserId.ToString() == userId);
        var body = password is null ? new JsonObject() : new JsonObject { ["password"] = password };
        return await ApiResponse.ReadAsync(await Http.PostAsync($"/mock/invitations/{mail.Code}/accept", Json(body)));
    }

    public async Task<ApiResponse> SsoLoginAsync(string nameId, Guid? idp = null) =>
        await ApiResponse.ReadAsync(await Http.PostAsync(
            $"/mock/teams/{TeamId}/sso-login", Json(new JsonObject { ["idpId"] = (idp ?? IdpId)!.Value.ToString(), ["nameId"] = nameId })));

    public async Task<Guid> AddIdpAsync()
    {
        var response = await Http.PostAsync($"/mock/teams/{TeamId}/idps", null);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("idpId").GetGuid();
    }

    public async Task SetValidateSamlEmailsAsync(bool enabled)
    {
        var response = await Http.PutAsync($"/mock/teams/{TeamId}/features/validateSAMLemails", Json(new JsonObject { ["status"] = enabled ? "enabled" : "disabled" }));
        response.EnsureSuccessStatusCode();
    }

    public async Task DeleteMemberAsync(Guid userId)
    {
        var response = await Http.DeleteAsync($"/mock/teams/{TeamId}/members/{userId}");
        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}

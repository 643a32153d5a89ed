using System.Text.Json.Nodes;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Steps;

/// <summary>
/// The scenario's Wire logins and the SCIM tokens it made through Wire's token API (<c>/login</c>,
/// <c>/scim/auth-tokens</c>; wire-scim.md §2.2). Requests go through <see cref="ScimClient"/> so the Then steps see
/// their answers.
/// </summary>
public sealed class WireSession(ScimClient scim, ScenarioTeam team)
{
    public const string WireJson = "application/json";

    private readonly List<CreatedScimToken> _tokens = [];

    /// <summary>The access token of whoever logged in last, and their user id.</summary>
    public string? AccessToken { get; private set; }

    public string? UserId { get; private set; }

    /// <summary>The password of whoever logged in last: the token API re-authenticates with it.</summary>
    public string? Password { get; private set; }

    public IReadOnlyList<CreatedScimToken> CreatedTokens => _tokens;

    public CreatedScimToken NewestToken => _tokens.Count > 0 ? _tokens[^1] : throw new InvalidOperationException("The scenario has not created a SCIM token yet.");

    public AdminCredentials Admin => team.Access.Admin
        ?? throw new MissingCapabilityException("The target was given no team admin login (--admin-email, --admin-password).");

    public async Task LogInAsync(string email, string password)
    {
        var body = new JsonObject { ["email"] = email, ["password"] = password }.ToJsonString();
        var response = await scim.SendToServerAsync(HttpMethod.Post, "/login", body, token: null, WireJson);
        ResponseExpectations.StatusIs(response, 200);
        AccessToken = response.RequireJson()["access_token"]!.GetValue<string>();
        UserId = response.Json!["user"]?.GetValue<string>();
        Password = password;
    }

    public Task LogInAsAdminAsync() => LogInAsync(Admin.Email, Admin.Password);

    /// <summary>POST /scim/auth-tokens; <paramref name="password"/> null leaves the field out.</summary>
    public async Task<ScimResponse> CreateTokenAsync(string? password, string versionPrefix = "", string? idp = null)
    {
        var body = new JsonObject { ["description"] = "scim-conformance" };
        if (password is not null)
        {
            body["password"] = password;
        }

        if (idp is not null)
        {
            body["idp"] = idp;
        }

        var response = await scim.SendToServerAsync(HttpMethod.Post, versionPrefix + "/scim/auth-tokens", body.ToJsonString(), RequireLogin(), WireJson);
        if (response.Status == 200 && response.Json?["token"]?.GetValue<string>() is { } token)
        {
            _tokens.Add(new CreatedScimToken(token, response.Json["info"]!["id"]!.GetValue<string>()));
        }

        return response;
    }

    public Task<ScimResponse> ListTokensAsync(string versionPrefix = "") =>
        scim.SendToServerAsync(HttpMethod.Get, versionPrefix + "/scim/auth-tokens", null, RequireLogin(), WireJson);

    public Task<ScimResponse> DeleteTokenAsync(string id) =>
        scim.SendToServerAsync(HttpMethod.Delete, $"/scim/auth-tokens?id={Uri.EscapeDataString(id)}", null, RequireLogin(), WireJson);

    /// <summary>The ids of the team's tokens, as the token list shows them.</summary>
    public async Task<IReadOnlyList<string>> TokenIdsAsync()
    {
        var response = await ListTokensAsync();
        ResponseExpectations.StatusIs(response, 200);
        return (response.RequireJson()["tokens"] as JsonArray ?? []).Select(t => t!["id"]!.GetValue<string>()).ToList();
    }

    private string RequireLogin() => AccessToken ?? throw new InvalidOperationException("Nobody has logged in to Wire in this scenario yet.");
}

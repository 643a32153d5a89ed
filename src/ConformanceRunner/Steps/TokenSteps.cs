using System.Text.Json.Nodes;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// The SCIM token lifecycle through Wire's <c>/scim/auth-tokens</c> API, as the team admin (wire-scim.md §2.2).
/// On a live target these need the admin's login (--admin-email, --admin-password).
/// </summary>
[Binding]
public sealed class TokenSteps(ScimClient scim, ScenarioTeam team)
{
    private string? _accessToken;
    private string? _newToken;
    private string? _newTokenId;

    [When("the admin creates a SCIM token described as {string}")]
    public async Task WhenTheAdminCreatesAToken(string description)
    {
        var admin = Admin();
        var body = new JsonObject { ["description"] = description, ["password"] = admin.Password }.ToJsonString();
        var response = await scim.SendToWireAsync(HttpMethod.Post, "/scim/auth-tokens", body, await AccessTokenAsync());
        _newToken = JsonPath.Select(response.Json, "token")?.GetValue<string>();
        _newTokenId = JsonPath.Select(response.Json, "info.id")?.GetValue<string>();
    }

    [When("the admin lists the SCIM tokens")]
    public async Task WhenTheAdminListsTheTokens() =>
        await scim.SendToWireAsync(HttpMethod.Get, "/scim/auth-tokens", null, await AccessTokenAsync());

    [When("the admin deletes the new SCIM token")]
    public async Task WhenTheAdminDeletesTheNewToken() =>
        await scim.SendToWireAsync(HttpMethod.Delete, $"/scim/auth-tokens?id={Uri.EscapeDataString(NewTokenId())}", null, await AccessTokenAsync());

    [When("the client sends GET {string} with the new SCIM token")]
    public Task WhenTheClientUsesTheNewToken(string path) =>
        scim.SendAsync(HttpMethod.Get, path, null, _newToken ?? throw new InvalidOperationException("No token was created in this scenario."));

    private Targets.AdminCredentials Admin() => team.Access.Admin
        ?? throw new Targets.MissingCapabilityException("The target was given no team admin login (--admin-email, --admin-password).");

    private async Task<string> AccessTokenAsync()
    {
        if (_accessToken is null)
        {
            var admin = Admin();
            var login = await scim.SendToWireAsync(HttpMethod.Post, "/login", new JsonObject { ["email"] = admin.Email, ["password"] = admin.Password }.ToJsonString(), null);
            _accessToken = JsonPath.Select(login.Json, "access_token")?.GetValue<string>()
                ?? throw new InvalidOperationException($"The admin could not log in: {login}");
        }

        return _accessToken;
    }

    private string NewTokenId() => _newTokenId ?? throw new InvalidOperationException("No token was created in this scenario.");
}

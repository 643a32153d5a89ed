using System.Text.Json.Nodes;
using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// The rules of Wire's SCIM token API beyond create and delete (<see cref="TokenSteps"/>): who may create tokens,
/// re-authentication, what the list shows, the limit, IdP association, members with a password (wire-scim.md §2).
/// </summary>
[Binding]
public sealed class TokenLifecycleSteps(WireSession wire, ScimClient scim, MockControl mock, ScenarioTeam team, ScenarioUsers users, ScenarioNames names, TargetSession session)
{
    [Given("the team admin is logged in to Wire")]
    [When("the team admin logs in to Wire")]
    public Task GivenTheAdminIsLoggedIn() => wire.LogInAsAdminAsync();

    [When("the admin creates a SCIM token with their password")]
    [When("the member creates a SCIM token with their password")]
    public Task WhenTheAdminCreatesAToken() => wire.CreateTokenAsync(wire.Password);

    [Given("the admin has created a SCIM token")]
    public async Task GivenTheAdminHasCreatedAToken()
    {
        // After the team's first token: a created_at of its own, so the token list's snapshot is stable.
        await ServerMilliseconds.PassAsync();
        await wire.LogInAsAdminAsync();
        ResponseExpectations.StatusIs(await wire.CreateTokenAsync(wire.Password), 200);
    }

    [When("the admin creates a SCIM token with the password {string}")]
    public Task WhenTheAdminCreatesATokenWithPassword(string password) => wire.CreateTokenAsync(password);

    [When("the admin creates a SCIM token without a password")]
    public Task WhenTheAdminCreatesATokenWithoutPassword() => wire.CreateTokenAsync(password: null);

    [When("the admin creates a SCIM token on API version {int}")]
    public Task WhenTheAdminCreatesATokenOnVersion(int version) => wire.CreateTokenAsync(wire.Password, $"/v{version}");

    [When("the admin creates a SCIM token for the team's IdP on API version {int}")]
    public Task WhenTheAdminCreatesATokenForTheIdp(int version) =>
        wire.CreateTokenAsync(wire.Password, $"/v{version}", team.Access.IdpId ?? throw new InvalidOperationException("The team has no IdP."));

    [Given("the team has {int} SCIM tokens")]
    public async Task GivenTheTeamHasTokens(int count)
    {
        await wire.LogInAsAdminAsync();
        var existing = (await wire.TokenIdsAsync()).Count;
        for (var i = existing; i < count; i++)
        {
            ResponseExpectations.StatusIs(await wire.CreateTokenAsync(wire.Password), 200);
        }

        var now = (await wire.TokenIdsAsync()).Count;
        if (now != count)
        {
            throw new InvalidOperationException($"Expected the team to have {count} tokens, it has {now}.");
        }
    }

    [Then("a SCIM token is issued")]
    public void ThenATokenIsIssued()
    {
        ResponseExpectations.StatusIs(scim.Last, 200);
        var token = scim.Last.RequireJson()["token"]?.GetValue<string>() ?? "";
        // base64 of 32 random bytes (wire-scim.md §2.1)
        if (token.Length != 44 || !token.EndsWith('='))
        {
            throw new ConformanceAssertionException($"Expected a 44-character base64 token, got \"{token}\": {scim.Last.Body}");
        }
    }

    [Then("the token request is refused with status {int} and label {string}")]
    [Then("the request is refused with status {int} and label {string}")]
    public void ThenRefusedWithLabel(int status, string label)
    {
        ResponseExpectations.StatusIs(scim.Last, status);
        ResponseExpectations.ValueIs(scim.Last.RequireJson(), "label", label);
    }

    [Given("the team has a second SAML IdP")]
    public Task GivenASecondIdp() => mock.AddIdpAsync();

    [Then("the new token is associated with the team's IdP")]
    public void ThenTheTokenIsAssociated()
    {
        ResponseExpectations.StatusIs(scim.Last, 200);
        ResponseExpectations.ValueIs(scim.Last.RequireJson(), "info.idp", team.Access.IdpId ?? throw new InvalidOperationException("The team has no IdP."));
    }

    [Then("the new token is not associated with an IdP")]
    public void ThenTheTokenIsNotAssociated()
    {
        ResponseExpectations.StatusIs(scim.Last, 200);
        if (JsonPath.Exists(scim.Last.Json, "info.idp"))
        {
            throw new ConformanceAssertionException($"Expected a token without IdP: {scim.Last.Body}");
        }
    }

    [Then("the token list shows {int} token(s) and no token secret")]
    public void ThenTheListShowsTokens(int count)
    {
        ResponseExpectations.StatusIs(scim.Last, 200);
        var tokens = scim.Last.RequireJson()["tokens"] as JsonArray ?? throw new ConformanceAssertionException($"No \"tokens\" list: {scim.Last.Body}");
        if (tokens.Count != count)
        {
            throw new ConformanceAssertionException($"Expected {count} token(s) in the list, found {tokens.Count}: {scim.Last.Body}");
        }

        var secrets = wire.CreatedTokens.Select(t => t.Token).Append(team.Access.ScimToken);
        if (tokens.Any(t => t is JsonObject o && o.ContainsKey("token")) || secrets.Any(s => scim.Last.Body.Contains(s, StringComparison.Ordinal)))
        {
            throw new ConformanceAssertionException($"The token list reveals a token secret: {scim.Last.Body}");
        }
    }

    [When("the admin lists the SCIM tokens")]
    public Task WhenTheAdminListsTheTokens() => wire.ListTokensAsync();

    [When("the admin deletes the new token")]
    public Task WhenTheAdminDeletesTheNewToken() => wire.DeleteTokenAsync(wire.NewestToken.Id);

    [Given("the admin has deleted every SCIM token of the team")]
    [When("the admin deletes every SCIM token of the team")]
    public async Task WhenTheAdminDeletesEveryToken()
    {
        // Only the mock gives a scenario a team of its own; a live team's tokens include the operator's.
        if (!session.HasControlPlane)
        {
            throw new MissingCapabilityException("deleting every SCIM token of the team would delete tokens this run did not create; it runs only on the mock, where the team is the scenario's own");
        }

        await wire.LogInAsAdminAsync();
        foreach (var id in await wire.TokenIdsAsync())
        {
            ResponseExpectations.StatusIs(await wire.DeleteTokenAsync(id), 204);
        }
    }

    [When("the client looks up userName {string} with the new token")]
    public Task WhenTheClientUsesTheNewToken(string userName) =>
        scim.SendAsync(HttpMethod.Get, "/Users?filter=" + Uri.EscapeDataString($"userName eq \"{userName}\""), null, wire.NewestToken.Token);

    [When("the client looks up userName {string} with the team's token")]
    public Task WhenTheClientUsesTheTeamToken(string userName) =>
        scim.SendAsync(HttpMethod.Get, "/Users?filter=" + Uri.EscapeDataString($"userName eq \"{userName}\""), null, team.Access.ScimToken);

    [When("the admin who created the token is removed from the team")]
    public async Task WhenTheAdminIsRemoved()
    {
        var adminId = wire.UserId ?? throw new InvalidOperationException("The login did not say which user the admin is.");
        ResponseExpectations.StatusIs(await mock.RemoveMemberAsync(adminId), 204);
    }

    /// <summary>A team member who has a password: provisioned by SCIM with the role, invitation accepted with a password.</summary>
    [Given("a team {word} {string} who accepted the invitation with a password")]
    public async Task GivenAMemberWhoAccepted(string role, string userName)
    {
        var email = names.Unique($"{userName}@example.com");
        var user = new JsonObject
        {
            ["schemas"] = new JsonArray(UserAttributes.UserSchema),
            ["userName"] = names.Unique(userName),
            ["externalId"] = email,
            ["displayName"] = userName,
            ["roles"] = new JsonArray(role),
        };
        var created = await scim.SendAsync(HttpMethod.Post, "/Users", user.ToJsonString());
        ResponseExpectations.StatusIs(created, 201);
        var id = created.RequireJson()["id"]!.GetValue<string>();
        users.Remember(userName, id);
        var invitation = await mock.InvitationFor(id) ?? throw new InvalidOperationException($"No invitation mail for {userName}.");
        const string password = "Conformance-Passw0rd!";
        ResponseExpectations.StatusIs(await mock.AcceptInvitationAsync(invitation["code"]!.GetValue<string>(), password), 200);
        _members[userName] = (email, password);
    }

    [When("{string} logs in to Wire")]
    [Given("{string} is logged in to Wire")]
    public Task WhenMemberLogsIn(string userName) =>
        _members.TryGetValue(userName, out var login)
            ? wire.LogInAsync(login.Email, login.Password)
            : throw new InvalidOperationException($"The scenario has no member \"{userName}\" with a password.");

    private readonly Dictionary<string, (string Email, string Password)> _members = [];
}

using System.Text.Json.Nodes;
using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// A person signing in through the team's SAML IdP, played through the mock's control plane (<c>@mock-only</c>).
/// While a team has a SCIM token, Wire does not create users at SSO login (wire-scim.md §3).
/// </summary>
[Binding]
public sealed class SsoSteps(ScimClient scim, ScenarioTeam team, ScenarioUsers users, ScenarioNames names)
{
    [When("{string} logs in with SAML SSO")]
    public Task WhenSomeoneLogsInWithSamlSso(string nameId)
    {
        var access = team.Access;
        var idpId = access.IdpId ?? throw new InvalidOperationException("The scenario's team has no SAML IdP: use \"Given a team provisioned by SCIM with SAML SSO\".");
        var body = new JsonObject { ["idpId"] = idpId, ["nameId"] = names.Unique(nameId) }.ToJsonString();
        return scim.SendToControlPlaneAsync(HttpMethod.Post, $"/mock/teams/{access.TeamId}/sso-login", body);
    }

    [Then("the login is the user's")]
    public void ThenTheLoginIsTheUsers()
    {
        ResponseExpectations.StatusIs(scim.Last, 200);
        var json = scim.Last.RequireJson();
        ResponseExpectations.ValueIs(json, "created", "false");
        if (!string.Equals(JsonPath.Select(json, "userId")?.GetValue<string>(), users.CurrentId, StringComparison.OrdinalIgnoreCase))
        {
            throw new ConformanceAssertionException($"Expected the login to be user {users.CurrentId}'s: {scim.Last.Body}");
        }
    }
}

using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// SAML logins through the mock's control plane: while a team has a SCIM token, spar refuses to just-in-time provision
/// unknown NameIDs; known users still log in (wire-scim.md §3).
/// </summary>
[Binding]
public sealed class SsoLoginSteps(MockControl mock, ScimClient scim, ScenarioUsers users, ScenarioNames names)
{
    public const string AutoProvisioningDisabled = "Could not find SAML credentials, and auto-provisioning is disabled.";

    [Given("{string} has logged in by SSO")]
    [When("the SAML IdP logs in {string}")]
    public Task WhenTheIdpLogsIn(string nameId) => mock.SsoLoginAsync(names.Unique(nameId));

    [Then("the SSO login is refused because auto-provisioning is disabled")]
    public void ThenTheLoginIsRefused()
    {
        ResponseExpectations.StatusIs(scim.Last, 404);
        ResponseExpectations.ValueIs(scim.Last.RequireJson(), "label", "not-found");
        ResponseExpectations.ValueIs(scim.Last.RequireJson(), "message", AutoProvisioningDisabled);
    }

    [Then("the SSO login creates a new user")]
    public void ThenTheLoginCreatesAUser()
    {
        ResponseExpectations.StatusIs(scim.Last, 200);
        ResponseExpectations.ValueIs(scim.Last.RequireJson(), "created", "true");
    }

    [Then("the SSO login signs in the existing user {string}")]
    public void ThenTheLoginSignsInTheUser(string userName)
    {
        ResponseExpectations.StatusIs(scim.Last, 200);
        ResponseExpectations.ValueIs(scim.Last.RequireJson(), "created", "false");
        ResponseExpectations.ValueIs(scim.Last.RequireJson(), "userId", users.IdOf(userName));
    }

    [Then("the SSO login signs in the same user again")]
    public void ThenTheLoginSignsInTheSameUser()
    {
        ResponseExpectations.StatusIs(scim.Last, 200);
        ResponseExpectations.ValueIs(scim.Last.RequireJson(), "created", "false");
    }
}

using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>Suspending a user as the setup of a scenario (wire-scim.md §7: active false suspends).</summary>
[Binding]
public sealed class ActiveSteps(ScimClient scim, ScenarioUsers users)
{
    [Given("the user has been suspended")]
    public async Task GivenTheUserHasBeenSuspended()
    {
        var response = await scim.SendAsync(HttpMethod.Patch, $"/Users/{users.CurrentId}",
            """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":false}]}""");
        ResponseExpectations.StatusIs(response, 200);
        ResponseExpectations.ValueIs(response.RequireJson(), "active", "false");
    }
}

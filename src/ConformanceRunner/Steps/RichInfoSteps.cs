using System.Text.Json.Nodes;
using ConformanceRunner.Execution;
using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// Rich info of a given size: Wire limits the sum of the lengths of all field types and values (wire-scim.md §8.1,
/// <c>richInfoLimit</c>, 5000 on Wire's charts).
/// </summary>
[Binding]
public sealed class RichInfoSteps(ScimClient scim, ScenarioUsers users, ScenarioNames names, ScenarioData data)
{
    public const string MapUrn = "urn:ietf:params:scim:schemas:extension:wire:1.0:User";

    [When("the client creates a user with a rich info field {string} of {int} characters")]
    public Task WhenTheClientCreatesAUserWithRichInfo(string type, int length)
    {
        var user = new JsonObject
        {
            ["schemas"] = new JsonArray(UserAttributes.UserSchema, MapUrn),
            ["userName"] = names.Unique(data.UserName()),
            ["externalId"] = names.Unique(data.Email()),
            ["displayName"] = data.DisplayName(),
            [MapUrn] = new JsonObject { [type] = new string('x', length) },
        };
        return scim.SendAsync(HttpMethod.Post, "/Users", user.ToJsonString());
    }

    [When("the client sets the rich info field {string} to {int} characters")]
    public Task WhenTheClientSetsRichInfo(string type, int length)
    {
        var patch = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:PatchOp"),
            ["Operations"] = new JsonArray(new JsonObject { ["op"] = "add", ["path"] = $"{MapUrn}:{type}", ["value"] = new string('x', length) }),
        };
        return scim.SendAsync(HttpMethod.Patch, $"/Users/{users.CurrentId}", patch.ToJsonString());
    }
}

using System.Text.Json.Nodes;
using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>SCIM groups, Wire's user groups managed by SCIM (wire-scim.md §1.4). Group names get the scenario's prefix.</summary>
[Binding]
public sealed class GroupSteps(ScimClient scim, ScenarioUsers users, ScenarioGroups groups, ScenarioNames names, TargetSession session)
{
    public const string GroupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group";

    [When("the client creates a group {string} with the members {string}")]
    public Task WhenTheClientCreatesAGroup(string displayName, string userNames) =>
        CreateAsync(displayName, userNames.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    [When("the client creates a group {string} without members")]
    public Task WhenTheClientCreatesAnEmptyGroup(string displayName) => CreateAsync(displayName, []);

    [When("the client reads the group")]
    public Task WhenTheClientReadsTheGroup() => scim.SendAsync(HttpMethod.Get, $"/Groups/{groups.CurrentId}");

    [When("the client deletes the group")]
    public Task WhenTheClientDeletesTheGroup() => scim.SendAsync(HttpMethod.Delete, $"/Groups/{groups.CurrentId}");

    [Then("the group is created")]
    public void ThenTheGroupIsCreated() => ResponseExpectations.StatusIs(scim.Last, 201);

    [Then("the group has {int} member(s)")]
    public void ThenTheGroupHasMembers(int count)
    {
        var members = (JsonPath.Select(scim.Last.Json, "members") as JsonArray)?.Count ?? 0;
        if (members != count)
        {
            throw new ConformanceAssertionException($"Expected {count} member(s), found {members}: {scim.Last.Body}");
        }
    }

    // Wire's hscim requires all three of value, type and $ref on a member (wire-scim.md §1.4).
    private JsonObject Member(string userId) => new()
    {
        ["value"] = userId,
        ["type"] = "User",
        ["$ref"] = new Uri(session.Http.BaseAddress!, $"{session.ScimBasePath}/Users/{userId}").ToString(),
    };

    private async Task CreateAsync(string displayName, IEnumerable<string> memberUserNames)
    {
        var group = new JsonObject
        {
            ["schemas"] = new JsonArray(GroupSchema),
            ["displayName"] = names.Unique(displayName),
            ["members"] = new JsonArray(memberUserNames
                .Select(userName => (JsonNode)Member(users.IdOf(userName)))
                .ToArray()),
        };
        var response = await scim.SendAsync(HttpMethod.Post, "/Groups", group.ToJsonString());
        if (response.Status == 201 && JsonPath.Select(response.Json, "id")?.GetValue<string>() is { } id)
        {
            groups.Remember(displayName, id);
        }
    }
}

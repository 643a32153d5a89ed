using System.Text.Json.Nodes;
using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// SCIM Groups as Wire serves them since 5.24.0: user groups managed by SCIM, members that are SCIM users of the same
/// team (wire-scim.md §1.4). Group names get the scenario's prefix, so a <c>co</c> filter only finds this scenario's.
/// </summary>
[Binding]
public sealed class GroupSteps(ScimClient scim, ScenarioUsers users, ScenarioGroups groups, ScenarioNames names, TargetSession session)
{
    public const string GroupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group";

    private string GroupId => groups.CurrentId;

    [Given("a group {string} exists with the user as member")]
    public async Task GivenAGroupWithTheUser(string name)
    {
        await CreateAsync(name, [users.CurrentId]);
        ResponseExpectations.StatusIs(scim.Last, 201);
    }

    [When("the client creates a group {string} with the user as member")]
    public Task WhenTheClientCreatesAGroupWithTheUser(string name) => CreateAsync(name, [users.CurrentId]);

    [When("the client creates a group {string} with the members {string}")]
    public Task WhenTheClientCreatesAGroupWithMembers(string name, string userNames) =>
        CreateAsync(name, userNames.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(users.IdOf).ToList());

    [When("the client creates a group {string} without members")]
    public Task WhenTheClientCreatesAGroup(string name) => CreateAsync(name, []);

    [When("the client creates a group {string} with the member id {string}")]
    public Task WhenTheClientCreatesAGroupWithMember(string name, string memberId) => CreateAsync(name, [memberId]);

    /// <summary>Wire's group names have 1..4000 characters; the scenario's prefix counts towards the length.</summary>
    [When("the client creates a group with a name of {int} characters")]
    public async Task WhenTheClientCreatesAGroupOfLength(int length)
    {
        var name = length > names.Prefix.Length ? names.Prefix + new string('g', length - names.Prefix.Length) : new string('g', length);
        var body = Body("", []);
        body["displayName"] = name;
        var response = await scim.SendAsync(HttpMethod.Post, "/Groups", body.ToJsonString());
        if (response.Status == 201 && response.Json?["id"]?.GetValue<string>() is { } id)
        {
            groups.Remember(name, id);
        }
    }

    [When("the client reads the group")]
    public Task WhenTheClientReadsTheGroup() => scim.SendAsync(HttpMethod.Get, $"/Groups/{GroupId}");

    [When("the client filters groups by displayName containing {string}")]
    public Task WhenTheClientFiltersGroups(string part) =>
        scim.SendAsync(HttpMethod.Get, "/Groups?filter=" + Uri.EscapeDataString($"displayName co \"{names.Unique(part)}\""));

    [When("the client renames the group to {string} without members")]
    public Task WhenTheClientRenamesTheGroup(string name) =>
        scim.SendAsync(HttpMethod.Put, $"/Groups/{GroupId}", Body(name, []).ToJsonString());

    [When("the client deletes the group")]
    public Task WhenTheClientDeletesTheGroup() => scim.SendAsync(HttpMethod.Delete, $"/Groups/{GroupId}");

    [When("the client patches the group with:")]
    public Task WhenTheClientPatchesTheGroup(string patchOp) => scim.SendAsync(HttpMethod.Patch, $"/Groups/{GroupId}", patchOp);

    [Then("the group is created")]
    public void ThenTheGroupIsCreated()
    {
        ResponseExpectations.StatusIs(scim.Last, 201);
        if (scim.Last.RequireJson()["id"] is null)
        {
            throw new ConformanceAssertionException($"The created group has no id: {scim.Last.Body}");
        }
    }

    [Then("the group has the user as its only member")]
    public void ThenTheGroupHasTheUser()
    {
        var members = scim.Last.RequireJson()["members"] as JsonArray ?? [];
        if (members.Count != 1 || members[0]?["value"]?.GetValue<string>() != users.CurrentId)
        {
            throw new ConformanceAssertionException($"Expected the user {users.CurrentId} as the only member: {scim.Last.Body}");
        }
    }

    [Then("the group has no members")]
    public void ThenTheGroupHasNoMembers()
    {
        if (scim.Last.RequireJson()["members"] is JsonArray { Count: > 0 })
        {
            throw new ConformanceAssertionException($"Expected no members: {scim.Last.Body}");
        }
    }

    [Then("the group no longer exists")]
    public async Task ThenTheGroupNoLongerExists() =>
        ResponseExpectations.StatusIs(await scim.SendAsync(HttpMethod.Get, $"/Groups/{GroupId}"), 404);

    [Then("the group has {int} member(s)")]
    public void ThenTheGroupHasMembers(int count)
    {
        var members = (JsonPath.Select(scim.Last.Json, "members") as JsonArray)?.Count ?? 0;
        if (members != count)
        {
            throw new ConformanceAssertionException($"Expected {count} member(s), found {members}: {scim.Last.Body}");
        }
    }

    private async Task CreateAsync(string name, IReadOnlyList<string> memberIds)
    {
        var response = await scim.SendAsync(HttpMethod.Post, "/Groups", Body(name, memberIds).ToJsonString());
        if (response.Status == 201 && response.Json?["id"]?.GetValue<string>() is { } id)
        {
            groups.Remember(name, id);
        }
    }

    private JsonObject Body(string name, IReadOnlyList<string> memberIds) => new()
    {
        ["schemas"] = new JsonArray(GroupSchema),
        ["displayName"] = names.Unique(name),
        ["members"] = new JsonArray(memberIds.Select(id => (JsonNode)Member(id)).ToArray()),
    };

    // Wire's hscim requires all three of value, type and $ref on a member (wire-scim.md §1.4).
    private JsonObject Member(string userId) => new()
    {
        ["value"] = userId,
        ["type"] = "User",
        ["$ref"] = new Uri(session.Http.BaseAddress!, $"{session.ScimBasePath}/Users/{userId}").ToString(),
    };
}

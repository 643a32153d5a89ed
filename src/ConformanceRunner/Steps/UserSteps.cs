using System.Text.Json.Nodes;
using ConformanceRunner.Execution;
using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>Creating, reading, filtering, replacing, patching and deleting SCIM users (RFC 7644 §3; wire-scim.md §1.2).</summary>
[Binding]
public sealed class UserSteps(ScimClient scim, ScenarioUsers users, ScenarioNames names, ScenarioData data)
{
    [Given("a user with userName {string} exists")]
    public async Task GivenAUserExists(string userName)
    {
        var response = await CreateAsync(userName, NewUser(userName));
        if (response.Status != 201)
        {
            throw new InvalidOperationException($"Could not create the user \"{userName}\": {response}");
        }
    }

    [Given("a user with userName {string} and externalId {string} exists")]
    public async Task GivenAUserWithExternalIdExists(string userName, string externalId)
    {
        var user = NewUser(userName);
        user["externalId"] = names.Unique(externalId);
        var response = await CreateAsync(userName, user);
        if (response.Status != 201)
        {
            throw new InvalidOperationException($"Could not create the user \"{userName}\": {response}");
        }
    }

    [When("the client creates a user with userName {string}")]
    public Task WhenTheClientCreatesAUser(string userName) => CreateAsync(userName, NewUser(userName));

    /// <summary>
    /// Sends the userName without the scenario's unique prefix, for rules about the name itself (length, characters),
    /// where a prefix would change the verdict ("a" is too short, "rxs1-a" is not).
    /// </summary>
    [When("the client creates a user whose userName is exactly {string}")]
    public Task WhenTheClientCreatesAUserWithExactly(string userName)
    {
        var user = NewUser(userName);
        user["userName"] = userName;
        return CreateAsync(userName, user);
    }

    [When("the client creates a user with these attributes:")]
    public Task WhenTheClientCreatesAUserWithAttributes(Table attributes)
    {
        var user = UserAttributes.FromTable(attributes, names);
        return CreateAsync(names.Reveal(user["userName"]?.GetValue<string>() ?? ""), user);
    }

    [When("the client reads the user")]
    public Task WhenTheClientReadsTheUser() => scim.SendAsync(HttpMethod.Get, $"/Users/{users.CurrentId}");

    [When("the client reads the user {string}")]
    public Task WhenTheClientReadsTheUserNamed(string userName) => scim.SendAsync(HttpMethod.Get, $"/Users/{users.IdOf(userName)}");

    [When("the client filters users by {word} {string}")]
    public Task WhenTheClientFiltersUsers(string attribute, string value)
    {
        var sent = UserAttributes.IsIdentity(attribute) ? names.Unique(value) : value;
        var filter = Uri.EscapeDataString($"{attribute} eq \"{sent}\"");
        return scim.SendAsync(HttpMethod.Get, $"/Users?filter={filter}");
    }

    [When("the client replaces the user with these attributes:")]
    public Task WhenTheClientReplacesTheUser(Table attributes) =>
        scim.SendAsync(HttpMethod.Put, $"/Users/{users.CurrentId}", UserAttributes.FromTable(attributes, names).ToJsonString());

    [When("the client patches the user with:")]
    public Task WhenTheClientPatchesTheUser(string patchOp) =>
        scim.SendAsync(HttpMethod.Patch, $"/Users/{users.CurrentId}", PatchOperations.WithUniqueNames(patchOp, names));

    [When("the client deletes the user")]
    public Task WhenTheClientDeletesTheUser() => scim.SendAsync(HttpMethod.Delete, $"/Users/{users.CurrentId}");

    [When("the client deletes the user {string}")]
    public Task WhenTheClientDeletesTheUserNamed(string userName) => scim.SendAsync(HttpMethod.Delete, $"/Users/{users.IdOf(userName)}");

    [Then("the user is created")]
    public void ThenTheUserIsCreated()
    {
        ResponseExpectations.StatusIs(scim.Last, 201);
        if (JsonPath.Select(scim.Last.Json, "id") is null)
        {
            throw new ConformanceAssertionException($"The created user has no id: {scim.Last.Body}");
        }
    }

    [Then("the user's {word} is {string}")]
    public void ThenTheUsersAttributeIs(string attribute, string expected) =>
        ResponseExpectations.ValueIs(TheUser(), attribute, expected);

    [Then("the user is active")]
    public void ThenTheUserIsActive() => ResponseExpectations.ValueIs(TheUser(), "active", "true");

    [Then("the user is inactive")]
    public void ThenTheUserIsInactive() => ResponseExpectations.ValueIs(TheUser(), "active", "false");

    [Then("the response lists {int} user(s)")]
    public void ThenTheResponseListsUsers(int count)
    {
        ResponseExpectations.StatusIs(scim.Last, 200);
        ResponseExpectations.ValueIs(scim.Last.RequireJson(), "totalResults", count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var listed = (JsonPath.Select(scim.Last.Json, "Resources") as JsonArray)?.Count ?? 0;
        if (listed != count)
        {
            throw new ConformanceAssertionException($"Expected {count} user(s) in Resources, found {listed}: {scim.Last.Body}");
        }
    }

    [Then("the user no longer exists")]
    public async Task ThenTheUserNoLongerExists()
    {
        var response = await scim.SendAsync(HttpMethod.Get, $"/Users/{users.CurrentId}");
        ResponseExpectations.StatusIs(response, 404);
    }

    /// <summary>The user the last response is about: the resource itself, or the first of a list response.</summary>
    private JsonNode TheUser()
    {
        var json = scim.Last.RequireJson();
        return JsonPath.Select(json, "Resources[0]") ?? json;
    }

    private JsonObject NewUser(string userName) => new()
    {
        ["schemas"] = new JsonArray(UserAttributes.UserSchema),
        ["userName"] = names.Unique(userName),
        // In email-invitation mode externalId must be an email (wire-scim.md §6.2); in SAML mode an email is a valid NameID.
        ["externalId"] = names.Unique(data.Email()),
        ["displayName"] = data.DisplayName(),
    };

    private async Task<ScimResponse> CreateAsync(string userName, JsonObject user)
    {
        var response = await scim.SendAsync(HttpMethod.Post, "/Users", user.ToJsonString());
        if (response.Status == 201 && JsonPath.Select(response.Json, "id")?.GetValue<string>() is { } id)
        {
            users.Remember(userName, id);
        }

        return response;
    }
}

using System.Text.Json.Nodes;
using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// Users written as whole SCIM JSON bodies, for what an attribute table cannot say (extension URNs with dots, arrays,
/// string booleans). userName, externalId and email values get the scenario's unique prefix, as in the table steps.
/// </summary>
[Binding]
public sealed class UserBodySteps(ScimClient scim, ScenarioUsers users, ScenarioNames names)
{
    [Given("a user exists with body:")]
    public async Task GivenAUserExistsWithBody(string body)
    {
        var response = await CreateAsync(body);
        if (response.Status != 201)
        {
            throw new InvalidOperationException($"Could not create the user: {response}");
        }
    }

    [When("the client creates a user with body:")]
    public Task WhenTheClientCreatesAUserWithBody(string body) => CreateAsync(body);

    [When("the client replaces the user with body:")]
    public Task WhenTheClientReplacesTheUserWithBody(string body) =>
        scim.SendAsync(HttpMethod.Put, $"/Users/{users.CurrentId}", WithUniqueNames(body, names));

    [When("the client reads the user again")]
    public Task WhenTheClientReadsTheUserAgain() => scim.SendAsync(HttpMethod.Get, $"/Users/{users.CurrentId}");

    [When("the client patches the user {string} with:")]
    public Task WhenTheClientPatchesTheUserNamed(string userName, string patchOp) =>
        scim.SendAsync(HttpMethod.Patch, $"/Users/{users.IdOf(userName)}", PatchOperations.WithUniqueNames(patchOp, names));

    [When("the client replaces the user {string} with body:")]
    public Task WhenTheClientReplacesTheUserNamedWithBody(string userName, string body) =>
        scim.SendAsync(HttpMethod.Put, $"/Users/{users.IdOf(userName)}", WithUniqueNames(body, names));

    public static string WithUniqueNames(string body, ScenarioNames names)
    {
        var json = JsonNode.Parse(body) as JsonObject ?? throw new FormatException("The user body must be a JSON object.");
        foreach (var key in json.Select(p => p.Key).ToList())
        {
            if (key.Equals("userName", StringComparison.OrdinalIgnoreCase) || key.Equals("externalId", StringComparison.OrdinalIgnoreCase))
            {
                if (json[key] is JsonValue value && value.TryGetValue<string>(out var text))
                {
                    json[key] = names.Unique(text);
                }
            }
            else if (key.Equals("emails", StringComparison.OrdinalIgnoreCase) && json[key] is JsonArray emails)
            {
                foreach (var email in emails.OfType<JsonObject>())
                {
                    if (email["value"] is JsonValue v && v.TryGetValue<string>(out var address))
                    {
                        email["value"] = names.Unique(address);
                    }
                }
            }
        }

        return json.ToJsonString();
    }

    private async Task<ScimResponse> CreateAsync(string body)
    {
        var sent = WithUniqueNames(body, names);
        var response = await scim.SendAsync(HttpMethod.Post, "/Users", sent);
        if (response.Status == 201 && response.Json?["id"]?.GetValue<string>() is { } id)
        {
            users.Remember(names.Reveal(JsonNode.Parse(sent)!["userName"]?.GetValue<string>() ?? id), id);
        }

        return response;
    }
}

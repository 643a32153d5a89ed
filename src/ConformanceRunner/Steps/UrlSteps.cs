using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// Requests addressed from the server root, for the variants of Wire's SCIM base URL (wire-scim.md §1.1): the
/// <c>/scim/v2</c> base, an API-version prefix, and paths that do not exist.
/// </summary>
[Binding]
public sealed class UrlSteps(ScimClient scim, ScenarioTeam team, ScenarioNames names)
{
    [When("the client looks up userName {string} under the base {string}")]
    public Task WhenTheClientLooksUpUnder(string userName, string basePath) =>
        scim.SendToServerAsync(HttpMethod.Get, basePath + "/Users?filter=" + Uri.EscapeDataString($"userName eq \"{names.Unique(userName)}\""), null, team.Access.ScimToken);

    [When("the client creates a user with userName {string} under the base {string}")]
    public Task WhenTheClientCreatesUnder(string userName, string basePath) =>
        scim.SendToServerAsync(HttpMethod.Post, basePath + "/Users", new System.Text.Json.Nodes.JsonObject
        {
            ["schemas"] = new System.Text.Json.Nodes.JsonArray(UserAttributes.UserSchema),
            ["userName"] = names.Unique(userName),
            ["externalId"] = names.Unique(userName + "@example.com"),
            ["displayName"] = userName,
        }.ToJsonString(), team.Access.ScimToken);

    [When("the client sends {word} {string} with the token {string}")]
    public Task WhenTheClientSendsWithToken(string method, string path, string token) =>
        scim.SendAsync(new HttpMethod(method), path, null, token);

    [When("the client sends {word} {string} from the server root")]
    public Task WhenTheClientSendsFromTheRoot(string method, string path) =>
        scim.SendToServerAsync(new HttpMethod(method), path, null, team.Access.ScimToken);
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ConformanceRunner.Execution;
using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// Requests with a chosen Content-Type or Accept header (RFC 7644 §8.1; wire-scim.md §9.1: scim+json and json are
/// accepted, anything else is 415, an Accept that cannot be met is 406).
/// </summary>
[Binding]
public sealed class MediaTypeSteps(TargetSession session, ScimClient scim, ScenarioTeam team, ScenarioNames names, ScenarioData data)
{
    [When("the client creates a user sending Content-Type {string}")]
    public Task WhenTheClientCreatesWithContentType(string contentType) => CreateAsync(contentType, accept: null);

    [When("the client creates a user accepting only {string}")]
    public Task WhenTheClientCreatesAccepting(string accept) => CreateAsync(contentType: ScimClient.ScimJson, accept);

    private async Task CreateAsync(string contentType, string? accept)
    {
        var user = new JsonObject
        {
            ["schemas"] = new JsonArray(UserAttributes.UserSchema),
            ["userName"] = names.Unique(data.UserName()),
            ["externalId"] = names.Unique(data.Email()),
            ["displayName"] = data.DisplayName(),
        };
        // Built by hand: ScimClient always sends scim+json, and these steps are about sending something else.
        using var request = new HttpRequestMessage(HttpMethod.Post, session.ScimBasePath + "/Users");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", team.Access.ScimToken);
        request.Headers.TryAddWithoutValidation("Accept", accept ?? ScimClient.ScimJson);
        request.Content = new StringContent(user.ToJsonString(), Encoding.UTF8);
        request.Content.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        await scim.SendPreparedAsync(request);
    }
}

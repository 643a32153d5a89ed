using System.Text.Json.Nodes;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// Compares meta across two responses: Wire's meta.version is content-derived, a no-op write changes nothing, a real
/// change gives a new version and lastModified but keeps created (wire-scim.md §9.1).
/// </summary>
[Binding]
public sealed class MetaSteps(ScimClient scim)
{
    private JsonNode? _noted;

    [Given("the user's meta is noted")]
    [When("the user's meta is noted")]
    public async Task GivenTheMetaIsNoted()
    {
        _noted = scim.Last.RequireJson()["meta"]?.DeepClone() ?? throw new InvalidOperationException($"The last response has no meta: {scim.Last.Body}");
        await ServerMilliseconds.PassAsync();
    }

    [Then("meta.{word} is unchanged")]
    public void ThenMetaIsUnchanged(string field)
    {
        var (before, after) = Values(field);
        if (before != after)
        {
            throw new ConformanceAssertionException($"Expected meta.{field} to stay \"{before}\", it is \"{after}\"");
        }
    }

    [Then("meta.{word} has changed")]
    public void ThenMetaHasChanged(string field)
    {
        var (before, after) = Values(field);
        if (before == after)
        {
            throw new ConformanceAssertionException($"Expected meta.{field} to change from \"{before}\"");
        }
    }

    private (string? Before, string? After) Values(string field)
    {
        var noted = _noted ?? throw new InvalidOperationException("Note the user's meta first.");
        return (noted[field]?.GetValue<string>(), scim.Last.RequireJson()["meta"]?[field]?.GetValue<string>());
    }
}

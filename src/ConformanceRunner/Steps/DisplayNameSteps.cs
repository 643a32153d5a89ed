using System.Text;
using System.Text.Json.Nodes;
using ConformanceRunner.Execution;
using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// displayNames of an exact length in Unicode code points (wire-scim.md §5: 1..128, Haskell Text length). An emoji is one
/// code point but two UTF-16 units; a combining mark is a code point of its own.
/// </summary>
[Binding]
public sealed class DisplayNameSteps(ScimClient scim, ScenarioUsers users, ScenarioNames names, ScenarioData data)
{
    // Each kind is a cycle of code points repeated up to the length asked for.
    private static readonly Dictionary<string, string[]> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ASCII"] = ["J", "a", "n", "e"],
        ["emoji"] = ["\U0001F600", "\U0001F680", "\U0001F9D1"],
        ["CJK"] = ["\u6F22", "\u5B57", "\u540D"],
        // "e" followed by COMBINING ACUTE ACCENT: two code points that render as one "é"
        ["combining"] = ["e", "\u0301"],
    };

    private string? _sent;

    [When("the client creates a user with a displayName of {int} {word} code point(s)")]
    public async Task WhenTheClientCreatesAUserWithDisplayName(int length, string kind)
    {
        _sent = Build(length, kind);
        var user = new JsonObject
        {
            ["schemas"] = new JsonArray(UserAttributes.UserSchema),
            ["userName"] = names.Unique(data.UserName()),
            ["externalId"] = names.Unique(data.Email()),
            ["displayName"] = _sent,
        };
        var response = await scim.SendAsync(HttpMethod.Post, "/Users", user.ToJsonString());
        if (response.Status == 201 && response.Json?["id"]?.GetValue<string>() is { } id)
        {
            users.Remember(id, id);
        }
    }

    [When("the client changes the user's displayName to {int} {word} code point(s)")]
    public Task WhenTheClientChangesTheDisplayName(int length, string kind)
    {
        _sent = Build(length, kind);
        var patch = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:PatchOp"),
            ["Operations"] = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "displayName", ["value"] = _sent }),
        };
        return scim.SendAsync(HttpMethod.Patch, $"/Users/{users.CurrentId}", patch.ToJsonString());
    }

    [Then("the user's displayName is the {int} code point(s) sent")]
    public void ThenTheDisplayNameIsTheOneSent(int length)
    {
        var sent = _sent ?? throw new InvalidOperationException("No displayName of a given length was sent.");
        var actual = scim.Last.RequireJson()["displayName"]?.GetValue<string>();
        if (actual != sent || CodePoints(actual) != length)
        {
            throw new ConformanceAssertionException(
                $"Expected the displayName sent ({length} code points), got {(actual is null ? "none" : $"\"{actual}\" ({CodePoints(actual)} code points)")}");
        }
    }

    private static string Build(int length, string kind)
    {
        var cycle = Kinds.TryGetValue(kind, out var points)
            ? points
            : throw new ArgumentException($"Unknown kind of code point \"{kind}\"; known: {string.Join(", ", Kinds.Keys)}");
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            text.Append(cycle[i % cycle.Length]);
        }

        return text.ToString();
    }

    private static int CodePoints(string text) => text.EnumerateRunes().Count();
}

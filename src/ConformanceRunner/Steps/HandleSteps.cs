using System.Text.Json.Nodes;
using ConformanceRunner.Execution;
using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// userNames of an exact length (wire-scim.md §4: 2..256). The scenario's unique prefix counts towards the length, so
/// the name is the prefix padded with letters; names too short to carry the prefix are random instead, and as handles
/// are unique across the whole backend, one already taken (by anyone, or by an earlier run's team on a long-lived
/// mock) is followed by another.
/// </summary>
[Binding]
public sealed class HandleSteps(ScimClient scim, ScenarioUsers users, ScenarioNames names, ScenarioData data)
{
    private const int ShortHandleAttempts = 10;

    private string? _sent;

    [When("the client creates a user with a userName of {int} character(s)")]
    public async Task WhenTheClientCreatesAUserWithLength(int length)
    {
        var candidates = length > names.Prefix.Length + 1
            ? [names.Prefix + new string('a', length - names.Prefix.Length - 1) + "z"]
            : RandomHandles(length).Take(ShortHandleAttempts);
        foreach (var candidate in candidates)
        {
            _sent = candidate;
            var response = await scim.SendAsync(HttpMethod.Post, "/Users", UserNamed(candidate).ToJsonString());
            if (response.Status == 201 && response.Json?["id"]?.GetValue<string>() is { } id)
            {
                users.Remember(candidate, id);
            }

            if (!IsTaken(response))
            {
                return;
            }
        }
    }

    [Then("the error detail contains {string}")]
    public void ThenTheErrorDetailContains(string part)
    {
        var detail = scim.Last.RequireJson()["detail"]?.GetValue<string>() ?? "";
        if (!detail.Contains(part, StringComparison.Ordinal))
        {
            throw new ConformanceAssertionException($"Expected the error detail to contain \"{part}\": {scim.Last.Body}");
        }
    }

    [Then("the user's userName is the {int} characters sent")]
    public void ThenTheUserNameIsTheOneSent(int length)
    {
        var sent = _sent ?? throw new InvalidOperationException("No userName of a given length was sent.");
        if (sent.Length != length)
        {
            throw new InvalidOperationException($"The step built a userName of {sent.Length} characters, not {length}.");
        }

        // The response has the prefix removed, like every response the steps see.
        ResponseExpectations.ValueIs(scim.Last.RequireJson(), "userName", names.Reveal(sent));
    }

    private JsonObject UserNamed(string userName) => new()
    {
        ["schemas"] = new JsonArray(UserAttributes.UserSchema),
        ["userName"] = userName,
        ["externalId"] = names.Unique(data.Email()),
        ["displayName"] = data.DisplayName(),
    };

    private static bool IsTaken(ScimResponse response) =>
        response.Status == 409 && response.Json?["scimType"]?.GetValue<string>() == "uniqueness";

    /// <summary>Distinct handles of a letter then digits: never one of brig's blocklisted handles ("qa", "hr"…).</summary>
    private IEnumerable<string> RandomHandles(int length)
    {
        var random = new Random(data.Seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var possible = length == 0 ? 1 : 26 * Math.Pow(10, length - 1);
        while (seen.Count < possible)
        {
            var handle = new string(Enumerable.Range(0, length).Select(i => i == 0 ? (char)('a' + random.Next(26)) : (char)('0' + random.Next(10))).ToArray());
            if (seen.Add(handle))
            {
                yield return handle;
            }
        }
    }
}

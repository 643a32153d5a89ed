using System.Text.Json.Nodes;

namespace ConformanceRunner.Steps;

/// <summary>The checks the Then steps share, each failing with the response in the message.</summary>
public static class ResponseExpectations
{
    public static void StatusIs(ScimResponse response, int expected)
    {
        if (response.Status != expected)
        {
            throw new ConformanceAssertionException($"Expected status {expected}, got {response.Status}: {response.Body}");
        }
    }

    /// <summary>Compares a string value with the text, any other JSON value with its JSON text (<c>true</c>, <c>2</c>).</summary>
    public static void ValueIs(JsonNode json, string path, string expected)
    {
        var node = JsonPath.Select(json, path);
        var actual = node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString();
        if (actual != expected)
        {
            throw new ConformanceAssertionException(
                $"Expected {path} to be \"{expected}\", but it is {(node is null ? "absent" : $"\"{actual}\"")} in {json.ToJsonString()}");
        }
    }
}

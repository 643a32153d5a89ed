using System.Globalization;
using System.Text.Json.Nodes;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// The shapes RFC 7644 fixes: the media type (§8.1), the ListResponse (§3.4.2), the error object with its status as a
/// string (§3.12), and JSON values compared as JSON.
/// </summary>
[Binding]
public sealed class ResponseShapeSteps(ScimClient scim)
{
    public const string ListResponseSchema = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public const string ErrorSchema = "urn:ietf:params:scim:api:messages:2.0:Error";

    [Then("the response content type is {string}")]
    public void ThenTheContentTypeIs(string expected)
    {
        if (!string.Equals(scim.Last.ContentType?.Replace(" ", "", StringComparison.Ordinal), expected.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
        {
            throw new ConformanceAssertionException($"Expected Content-Type \"{expected}\", got \"{scim.Last.ContentType}\"");
        }
    }

    [Then("the response is a ListResponse of {int} resource(s)")]
    public void ThenTheResponseIsAListResponse(int count)
    {
        ResponseExpectations.StatusIs(scim.Last, 200);
        var json = scim.Last.RequireJson();
        ResponseExpectations.ValueIs(json, "schemas[0]", ListResponseSchema);
        var text = count.ToString(CultureInfo.InvariantCulture);
        ResponseExpectations.ValueIs(json, "totalResults", text);
        ResponseExpectations.ValueIs(json, "itemsPerPage", text);
        ResponseExpectations.ValueIs(json, "startIndex", "1");
        if (json["Resources"] is not JsonArray resources || resources.Count != count)
        {
            throw new ConformanceAssertionException($"Expected \"Resources\" with {count} resource(s): {scim.Last.Body}");
        }
    }

    [Then("the response field {string} is the JSON {string}")]
    public void ThenTheFieldIsTheJson(string path, string expected) => FieldIsJson(path, expected);

    [Then("the response field {string} is the JSON:")]
    public void ThenTheFieldIsTheJsonDoc(string path, string expected) => FieldIsJson(path, expected);

    [Then("the response is a SCIM error with status {string}")]
    public void ThenTheResponseIsAScimError(string status)
    {
        ResponseExpectations.StatusIs(scim.Last, int.Parse(status, CultureInfo.InvariantCulture));
        var json = scim.Last.RequireJson();
        ResponseExpectations.ValueIs(json, "schemas[0]", ErrorSchema);
        // RFC 7644 §3.12: "status" is a string, "409", not the number 409.
        if (json["status"] is not JsonValue value || !value.TryGetValue<string>(out var text) || text != status)
        {
            throw new ConformanceAssertionException($"Expected \"status\" to be the JSON string \"{status}\": {scim.Last.Body}");
        }
    }

    [Then("the response has no body")]
    public void ThenTheResponseHasNoBody()
    {
        if (!string.IsNullOrEmpty(scim.Last.Body))
        {
            throw new ConformanceAssertionException($"Expected no body, got: {scim.Last.Body}");
        }
    }

    [Then("the response field {string} is not {string}")]
    public void ThenTheFieldIsNot(string path, string unexpected)
    {
        var node = JsonPath.Select(scim.Last.Json, path);
        var actual = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString();
        if (actual == unexpected)
        {
            throw new ConformanceAssertionException($"Expected {path} not to be \"{unexpected}\": {scim.Last.Body}");
        }
    }

    [Then("the response field {string} ends with the user's id")]
    public void ThenTheFieldEndsWithTheId(string path)
    {
        var json = scim.Last.RequireJson();
        var id = json["id"]?.GetValue<string>() ?? throw new ConformanceAssertionException($"No id: {scim.Last.Body}");
        var value = JsonPath.Select(json, path)?.GetValue<string>();
        if (value is null || !value.EndsWith("/Users/" + id, StringComparison.Ordinal))
        {
            throw new ConformanceAssertionException($"Expected {path} to end with /Users/{id}, got \"{value}\"");
        }
    }

    private void FieldIsJson(string path, string expected)
    {
        var actual = JsonPath.Select(scim.Last.RequireJson(), path);
        var wanted = JsonNode.Parse(expected);
        if (!JsonNode.DeepEquals(actual, wanted))
        {
            throw new ConformanceAssertionException($"Expected {path} to be {wanted?.ToJsonString()}, got {actual?.ToJsonString() ?? "nothing"} in {scim.Last.Body}");
        }
    }
}

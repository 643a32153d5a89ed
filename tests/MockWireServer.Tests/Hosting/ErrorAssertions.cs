using System.Text.Json;

namespace MockWireServer.Tests.Hosting;

/// <summary>A SCIM error as the client reads it (RFC 7644 §3.12).</summary>
public sealed record ScimErrorBody(string Status, string? ScimType, string? Detail);

/// <summary>Wire's own error body <c>{"code","label","message"}</c>.</summary>
public sealed record WireErrorBody(int Code, string Label, string Message);

public static class ErrorAssertions
{
    /// <summary>Asserts a plain SCIM error with this status and scimType (null: absent) and returns it for the detail.</summary>
    public static ScimErrorBody ShouldBeScimError(this ApiResponse response, int status, string? scimType)
    {
        response.Code.Should().Be(status, response.Body);
        response.MediaType.Should().Be("application/scim+json", response.ToString());
        var error = Parse(response.Json);
        error.Status.Should().Be(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        error.ScimType.Should().Be(scimType, response.Body);
        return error;
    }

    public static ScimErrorBody ParseScimError(JsonElement json) => Parse(json);

    public static WireErrorBody ShouldBeWireError(this ApiResponse response, int code, string label)
    {
        response.Code.Should().Be(code, response.Body);
        response.MediaType.Should().Be("application/json", response.ToString());
        var error = new WireErrorBody(
            response.Json.GetProperty("code").GetInt32(), response.Json.GetProperty("label").GetString()!, response.Json.GetProperty("message").GetString()!);
        error.Code.Should().Be(code);
        error.Label.Should().Be(label, response.Body);
        return error;
    }

    private static ScimErrorBody Parse(JsonElement json)
    {
        json.GetProperty("schemas").EnumerateArray().Select(s => s.GetString()).Should().Equal("urn:ietf:params:scim:api:messages:2.0:Error");
        json.GetProperty("status").ValueKind.Should().Be(JsonValueKind.String, "RFC 7644 §3.12 status is a string");
        return new ScimErrorBody(
            json.GetProperty("status").GetString()!,
            json.TryGetProperty("scimType", out var t) ? t.GetString() : null,
            json.TryGetProperty("detail", out var d) ? d.GetString() : null);
    }
}

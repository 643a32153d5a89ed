using System.Text.Json;

namespace HostileRequests;

/// <summary>An answer as the oracle reads it.</summary>
public sealed record HostileAnswer(int Status, string? MediaType, string Body);

/// <summary>
/// What every answer to a hostile request must satisfy: no 5xx (the one documented 501, PATCH on Groups, aside), a
/// status the route can give, a well-formed SCIM error under /scim/v2 and Wire's error elsewhere, and no success
/// without the credential the route needs.
/// </summary>
public static class HostileVerdict
{
    private static readonly int[] Expected = [200, 201, 204, 400, 401, 403, 404, 405, 406, 409, 413, 415];

    /// <summary>Null when the answer is acceptable; otherwise what is wrong with it.</summary>
    public static string? Judge(HostileRequest request, string boundPath, HostileAnswer answer)
    {
        if (answer.Status == 501 && request.Method == "PATCH" && WithoutVersion(boundPath).StartsWith("/scim/v2/Groups/", StringComparison.Ordinal))
        {
            return null;
        }

        if (answer.Status >= 500)
        {
            return $"server error {answer.Status}";
        }

        if (!Expected.Contains(answer.Status))
        {
            return $"unexpected status {answer.Status}";
        }

        if (answer.Status < 300)
        {
            return SuccessWithoutCredential(request, boundPath, answer.Status);
        }

        return IsScimPath(boundPath) ? ScimErrorProblem(answer) : WireErrorProblem(answer);
    }

    /// <summary>Under /scim/v2, optionally behind a known API version (an unknown version is Wire's 404, not SCIM's).</summary>
    public static bool IsScimPath(string path)
    {
        var rest = WithoutVersion(path.Split('?')[0]);
        return rest.Equals("/scim/v2", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("/scim/v2/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Users and Groups succeed only with a SCIM token, the token API only with an access token.</summary>
    private static string? SuccessWithoutCredential(HostileRequest request, string boundPath, int status)
    {
        var path = WithoutVersion(boundPath.Split('?')[0]);
        if ((path.StartsWith("/scim/v2/Users", StringComparison.Ordinal) || path.StartsWith("/scim/v2/Groups", StringComparison.Ordinal))
            && request.Credential is not (Credential.ScimToken or Credential.OtherTeamScimToken))
        {
            return $"{status} without a SCIM token ({request.Credential})";
        }

        return path.StartsWith("/scim/auth-tokens", StringComparison.Ordinal) && request.Credential != Credential.AccessToken
            ? $"{status} without an access token ({request.Credential})"
            : null;
    }

    /// <summary>The path behind a known API version prefix; an unknown version stays (it is Wire's 404, not a route).</summary>
    private static string WithoutVersion(string path)
    {
        if (path.Length > 2 && path[1] == 'v' && char.IsAsciiDigit(path[2]))
        {
            var end = path.IndexOf('/', 1);
            var digits = end < 0 ? path[2..] : path[2..end];
            if (digits.All(char.IsAsciiDigit) && int.TryParse(digits, out var version) && version <= 12)
            {
                return end < 0 ? "/" : path[end..];
            }
        }

        return path;
    }

    private static string? ScimErrorProblem(HostileAnswer answer)
    {
        if (answer.MediaType != "application/scim+json")
        {
            return $"SCIM error with media type {answer.MediaType}";
        }

        var json = Parse(answer.Body);
        if (json is null)
        {
            return "SCIM error body is not JSON";
        }

        var schemas = json.Value.TryGetProperty("schemas", out var s) && s.ValueKind == JsonValueKind.Array ? s.EnumerateArray().Select(x => x.ToString()).ToList() : [];
        if (!schemas.SequenceEqual(["urn:ietf:params:scim:api:messages:2.0:Error"]))
        {
            return "SCIM error without the Error schema";
        }

        return json.Value.TryGetProperty("status", out var st) && st.ValueKind == JsonValueKind.String && st.GetString() == answer.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ? null
            : "SCIM error status is not the HTTP status as a string";
    }

    private static string? WireErrorProblem(HostileAnswer answer)
    {
        if (answer.MediaType != "application/json")
        {
            return $"Wire error with media type {answer.MediaType}";
        }

        var json = Parse(answer.Body);
        return json is { } j
            && j.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number && code.GetInt32() == answer.Status
            && j.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.String && label.GetString()!.Length > 0
            && j.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
            ? null
            : "not a Wire error {code, label, message} with the HTTP status as code";
    }

    private static JsonElement? Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

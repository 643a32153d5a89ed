using System.Text.Json;

namespace MockWireServer.Scim.Errors;

/// <summary>Wire's own error body <c>{"code","label","message"}</c>, used by the token API, login, nginz and brig.</summary>
public sealed record WireError(int Code, string Label, string Message)
{
    public static WireError NotFound(string message) => new(404, "not-found", message);

    public static WireError Forbidden(string label, string message) => new(403, label, message);

    public static WireError BadRequest(string label, string message) => new(400, label, message);

    // Quotes as \" like aeson, not \u0022: the JSON text also travels inside SCIM error details.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ToJson() => JsonSerializer.Serialize(new { code = Code, label = Label, message = Message }, Relaxed);

    public IResult ToResult() => Results.Text(ToJson(), "application/json", statusCode: Code);
}

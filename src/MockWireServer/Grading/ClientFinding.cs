using System.Text.Json.Serialization;

namespace MockWireServer.Grading;

/// <summary>error: Wire rejects the request or misbehaves; warning: works on Wire but is fragile; info: worth knowing.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    [JsonStringEnumMemberName("error")]
    Error,

    [JsonStringEnumMemberName("warning")]
    Warning,

    [JsonStringEnumMemberName("info")]
    Info,
}

public sealed record FindingRequest(string Method, string Path, DateTimeOffset At);

public sealed record FindingResponse(int Status);

/// <summary>One rule a client broke on one request, with what Wire answered and how to fix it.</summary>
public sealed record ClientFinding(string RuleId, FindingSeverity Severity, string Message, string Fix, FindingRequest Request, FindingResponse Response);

/// <summary>What <c>GET /mock/client-report</c> answers: <c>{"requests": N, "findings": [...]}</c>.</summary>
public sealed record ClientReport(long Requests, IReadOnlyList<ClientFinding> Findings)
{
    /// <summary>The profile the findings were graded with (not part of the JSON the issue specifies).</summary>
    [JsonIgnore]
    public string Profile { get; init; } = ClientProfiles.Generic.Name;

    /// <summary>Findings beyond the store's bound that were counted but not kept.</summary>
    [JsonIgnore]
    public long Dropped { get; init; }
}

namespace ConformanceRunner.Targets;

/// <summary>One request and its response as sent on the wire (names not yet revealed), kept for reports.</summary>
public sealed record HttpExchange(
    string Method,
    Uri Uri,
    string? RequestBody,
    int Status,
    string? ResponseContentType,
    string ResponseBody,
    TimeSpan Duration);

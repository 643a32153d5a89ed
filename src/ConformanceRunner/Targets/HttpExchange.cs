namespace ConformanceRunner.Targets;

/// <summary>One request and its response as sent on the wire (names not yet revealed), kept for reports.</summary>
/// <param name="NoAnswer">Why there is no response (dropped connection, timeout); <see cref="Status"/> is then 0.</param>
public sealed record HttpExchange(
    string Method,
    Uri Uri,
    string? RequestBody,
    int Status,
    string? ResponseContentType,
    string ResponseBody,
    TimeSpan Duration,
    string? NoAnswer = null);

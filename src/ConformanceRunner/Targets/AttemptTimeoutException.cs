namespace ConformanceRunner.Targets;

/// <summary>One attempt of a request got no answer within the per-request timeout.</summary>
public sealed class AttemptTimeoutException(HttpRequestMessage request, TimeSpan timeout)
    : TimeoutException($"{request.Method} {request.RequestUri} got no answer within {timeout.TotalSeconds:0} s")
{
    public TimeSpan Timeout { get; } = timeout;
}

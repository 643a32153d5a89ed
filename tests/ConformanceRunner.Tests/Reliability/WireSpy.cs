using System.Collections.Concurrent;
using System.Diagnostics;

namespace ConformanceRunner.Tests.Reliability;

/// <summary>Every request the runner put on the wire, with when it went out and what came back (0: no answer).</summary>
internal sealed class WireSpy
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public ConcurrentQueue<(TimeSpan SentAt, string Method, string PathAndQuery, int Status)> Sent { get; } = new();

    public void Record(TimeSpan sentAt, HttpRequestMessage request, int status) =>
        Sent.Enqueue((sentAt, request.Method.Method, request.RequestUri!.PathAndQuery, status));

    public TimeSpan Now => _clock.Elapsed;
}

internal sealed class WireSpyHandler(WireSpy spy) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sentAt = spy.Now;
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            spy.Record(sentAt, request, (int)response.StatusCode);
            return response;
        }
        catch
        {
            spy.Record(sentAt, request, 0);
            throw;
        }
    }
}

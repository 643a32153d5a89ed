using System.Collections.Concurrent;
using System.Diagnostics;

namespace ConformanceRunner.Targets;

/// <summary>Records every exchange of a session, whichever step sent it. Authorization headers are never recorded.</summary>
internal sealed class ExchangeRecorder : DelegatingHandler
{
    private readonly ConcurrentQueue<HttpExchange> _exchanges = new();

    public IReadOnlyList<HttpExchange> Exchanges => _exchanges.ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var requestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        var response = await base.SendAsync(request, cancellationToken);
        stopwatch.Stop();
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var responseBody = await response.Content.ReadAsStringAsync(cancellationToken);
        _exchanges.Enqueue(new HttpExchange(
            request.Method.Method,
            request.RequestUri!,
            requestBody,
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            responseBody,
            stopwatch.Elapsed));
        return response;
    }
}

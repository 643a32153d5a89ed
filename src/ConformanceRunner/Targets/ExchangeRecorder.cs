using System.Collections.Concurrent;
using System.Diagnostics;

namespace ConformanceRunner.Targets;

/// <summary>Records every exchange of a session, whichever step sent it. Authorization headers are never recorded.</summary>
public sealed class ExchangeRecorder : DelegatingHandler
{
    /// <summary>
    /// The response's Content-Type exactly as the server sent it. Reading the body makes .NET parse and re-format the
    /// header ("a;charset=utf-8" becomes "a; charset=utf-8"), and a conformance check must see the server's bytes.
    /// </summary>
    public static readonly HttpRequestOptionsKey<string> RawContentType = new("scim-conformance.raw-content-type");

    private readonly ConcurrentQueue<HttpExchange> _exchanges = new();

    public IReadOnlyList<HttpExchange> Exchanges => _exchanges.ToList();

    /// <summary>Raised in the flow of the step that sent the request, so reports can attach it to that step.</summary>
    public event Action<HttpExchange>? Recorded;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var requestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        var response = await base.SendAsync(request, cancellationToken);
        stopwatch.Stop();
        var contentType = response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var values) ? values.ToString() : null;
        if (contentType is not null)
        {
            request.Options.Set(RawContentType, contentType);
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var responseBody = await response.Content.ReadAsStringAsync(cancellationToken);
        var exchange = new HttpExchange(
            request.Method.Method,
            request.RequestUri!,
            requestBody,
            (int)response.StatusCode,
            contentType,
            responseBody,
            stopwatch.Elapsed);
        _exchanges.Enqueue(exchange);
        Recorded?.Invoke(exchange);
        return response;
    }
}

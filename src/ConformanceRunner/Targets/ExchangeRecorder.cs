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
        HttpResponseMessage? response = null;
        string? contentType;
        string responseBody;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
            contentType = response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var values) ? values.ToString() : null;
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            responseBody = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception exception) when (NoAnswerException.IsNoAnswer(exception) && !cancellationToken.IsCancellationRequested)
        {
            // The report shows the request that got no answer, like any other exchange.
            response?.Dispose();
            var reason = NoAnswerException.ReasonFor(exception);
            Record(new HttpExchange(request.Method.Method, request.RequestUri!, requestBody, 0, null, "", stopwatch.Elapsed, reason));
            throw new NoAnswerException(request.Method.Method, request.RequestUri!, reason, exception);
        }

        stopwatch.Stop();
        if (contentType is not null)
        {
            request.Options.Set(RawContentType, contentType);
        }

        var exchange = new HttpExchange(
            request.Method.Method,
            request.RequestUri!,
            requestBody,
            (int)response!.StatusCode,
            contentType,
            responseBody,
            stopwatch.Elapsed);
        Record(exchange);
        return response!;
    }

    private void Record(HttpExchange exchange)
    {
        _exchanges.Enqueue(exchange);
        Recorded?.Invoke(exchange);
    }
}

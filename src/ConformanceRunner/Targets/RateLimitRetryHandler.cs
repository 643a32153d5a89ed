using System.Net;

namespace ConformanceRunner.Targets;

/// <summary>
/// Makes a live server's rate limit and slowness survivable: each attempt has its own timeout, and 429 or Wire's 420
/// (nginz's limit on /scim/v2) is retried after <c>Retry-After</c> (else exponential backoff), a bounded number of
/// times within a bounded wait, so a run never hangs.
/// </summary>
public sealed class RateLimitRetryHandler(TimeSpan attemptTimeout, int maxRetries = 5, TimeSpan? maxWait = null) : DelegatingHandler
{
    private const int WireRateLimited = 420;
    private readonly TimeSpan _maxWait = maxWait ?? TimeSpan.FromSeconds(60);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var waited = TimeSpan.Zero;
        for (var attempt = 0; ; attempt++)
        {
            using var attemptRequest = attempt == 0 ? null : Copy(request, body);
            var response = await SendOnceAsync(attemptRequest ?? request, cancellationToken);
            var status = (int)response.StatusCode;
            if ((status != (int)HttpStatusCode.TooManyRequests && status != WireRateLimited) || attempt >= maxRetries)
            {
                return response;
            }

            var delay = RetryAfter(response) ?? TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt));
            if (waited + delay > _maxWait)
            {
                return response;
            }

            response.Dispose();
            waited += delay;
            await Task.Delay(delay, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(attemptTimeout);
        try
        {
            return await base.SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AttemptTimeoutException(request, attemptTimeout);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in request.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        foreach (var option in request.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        }

        return copy;
    }
}

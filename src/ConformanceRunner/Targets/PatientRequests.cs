using System.Net;

namespace ConformanceRunner.Targets;

/// <summary>
/// Cleanup's requests: a DELETE or a lookup is safe to repeat, so a 5xx or a lost answer is tried again a few times
/// (rate limits are already retried below, by <see cref="RateLimitRetryHandler"/>). Bounded: five attempts, under 3 s of waiting.
/// </summary>
internal static class PatientRequests
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)];

    public static async Task<HttpResponseMessage> SendAsync(HttpMessageInvoker client, Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var last = attempt == Backoff.Length;
            try
            {
                using var message = request();
                var response = await client.SendAsync(message, cancellationToken);
                if (response.StatusCode < HttpStatusCode.InternalServerError || last)
                {
                    return response;
                }

                response.Dispose();
            }
            catch (Exception exception) when (NoAnswerException.IsNoAnswer(exception) && !last && !cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(Backoff[attempt], cancellationToken);
        }
    }
}

using System.Diagnostics;

namespace ConformanceRunner.Targets;

/// <summary>
/// <c>--max-rps</c>: one schedule for the whole run, shared by every worker's HTTP pipeline, so a rate-limited server
/// (Wire's nginz allows 50 requests/s per client) sees at most N requests in any second. Each request takes the next
/// free slot, 1/N s after the previous one: no burst, so the limit holds over every window, not only on average.
/// (A timer-refilled token bucket let 12 requests through in one second at 10/s here: late refills bunch up.)
/// </summary>
public sealed class RequestPacing
{
    private readonly Lock _gate = new();
    private readonly long _interval;
    private long _nextSlot;

    public RequestPacing(int maxRequestsPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRequestsPerSecond, 1);
        MaxRequestsPerSecond = maxRequestsPerSecond;
        _interval = Stopwatch.Frequency / maxRequestsPerSecond;
    }

    public int MaxRequestsPerSecond { get; }

    /// <summary>The handler to put in front of the transport; every request through it waits for its slot.</summary>
    public DelegatingHandler Wrap(HttpMessageHandler inner) => new PacingHandler(this) { InnerHandler = inner };

    private async Task WaitForSlotAsync(CancellationToken cancellationToken)
    {
        long slot;
        lock (_gate)
        {
            slot = Math.Max(Stopwatch.GetTimestamp(), _nextSlot);
            _nextSlot = slot + _interval;
        }

        // Task.Delay may wake a little early by the clock; wait until the slot has really come.
        while (Stopwatch.GetTimestamp() < slot)
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), slot);
            await Task.Delay(wait > TimeSpan.FromMilliseconds(1) ? wait : TimeSpan.FromMilliseconds(1), cancellationToken);
        }
    }

    private sealed class PacingHandler(RequestPacing pacing) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await pacing.WaitForSlotAsync(cancellationToken);
            return await base.SendAsync(request, cancellationToken);
        }
    }
}

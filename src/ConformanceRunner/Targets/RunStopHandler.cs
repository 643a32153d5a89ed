namespace ConformanceRunner.Targets;

/// <summary>
/// Ends a scenario's requests when the run reaches its time limit, so a slow server cannot stretch a run past
/// <c>--run-timeout</c> by more than cleanup takes. Cleanup does not go through it.
/// </summary>
internal sealed class RunStopHandler : DelegatingHandler
{
    public CancellationToken Stop { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!Stop.CanBeCanceled)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, Stop);
        try
        {
            Stop.ThrowIfCancellationRequested();
            return await base.SendAsync(request, linked.Token);
        }
        catch (OperationCanceledException) when (Stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new RunStoppedException($"{request.Method} {request.RequestUri} not completed: the run was stopped (--run-timeout reached or cancelled)");
        }
    }
}

/// <summary>A request cut short because the whole run stopped.</summary>
public sealed class RunStoppedException(string message) : Exception(message);

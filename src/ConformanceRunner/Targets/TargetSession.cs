namespace ConformanceRunner.Targets;

/// <summary>
/// One scenario's connection to a target: an HTTP client addressed at the server root, the SCIM base path, the way to
/// get a team to provision, and everything sent through it recorded. Disposing it ends the scenario on the target.
/// </summary>
public abstract class TargetSession : IAsyncDisposable
{
    private readonly ExchangeRecorder _recorder;
    private readonly RunStopHandler _stop;

    /// <param name="observer">Sees every exchange after the recorder, e.g. to note what the scenario created.</param>
    protected TargetSession(HttpMessageHandler transport, DelegatingHandler? observer, Uri serverRoot, string scimBasePath, bool hasControlPlane, ScenarioNames names)
    {
        // The recorder sits next to the transport, so it sees the response before anything reads (and re-formats) it.
        _recorder = new ExchangeRecorder { InnerHandler = transport };
        if (observer is not null)
        {
            observer.InnerHandler = _recorder;
        }

        _stop = new RunStopHandler { InnerHandler = observer ?? (HttpMessageHandler)_recorder };
        Http = new HttpClient(_stop, disposeHandler: false) { BaseAddress = serverRoot };
        ScimBasePath = scimBasePath;
        HasControlPlane = hasControlPlane;
        Names = names;
    }

    /// <summary>Addressed at the server root; Wire's own API (<c>/login</c>, <c>/scim/auth-tokens</c>) and <c>/mock</c> live there.</summary>
    public HttpClient Http { get; }

    /// <summary>The SCIM base path on the server, e.g. <c>/scim/v2</c>.</summary>
    public string ScimBasePath { get; }

    public bool HasControlPlane { get; }

    public ScenarioNames Names { get; }

    public IReadOnlyList<HttpExchange> Exchanges => _recorder.Exchanges;

    /// <summary>Each exchange as it is recorded, in the flow of the step that sent it.</summary>
    public event Action<HttpExchange>? ExchangeRecorded
    {
        add => _recorder.Recorded += value;
        remove => _recorder.Recorded -= value;
    }

    /// <summary>From when <paramref name="stop"/> is cancelled, requests in flight end and new ones are not sent.</summary>
    public void StopWith(CancellationToken stop) => _stop.Stop = stop;

    /// <summary>The mock's control plane, for <c>@mock-only</c> steps.</summary>
    public MockControlPlane ControlPlane => HasControlPlane
        ? new MockControlPlane(Http)
        : throw new InvalidOperationException("This target has no /mock control plane; tag the scenario @mock-only.");

    /// <summary>Gives the scenario a team in the requested mode and a SCIM token for it.</summary>
    public abstract Task<TeamAccess> ProvisionTeamAsync(TeamMode mode, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync()
    {
        Http.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}

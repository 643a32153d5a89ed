namespace ConformanceRunner.Targets;

/// <summary>
/// The mock running elsewhere (<c>scim-conformance serve</c>, MockWireServer, a container) reached over the network:
/// like the in-memory mock, every scenario gets its own team through <c>/mock</c>, so the whole catalogue runs,
/// <c>@mock-only</c> included. The control token, when the mock requires one, is sent on <c>/mock</c> requests only.
/// </summary>
public sealed class NetworkMockTarget(Uri serverRoot, HttpMessageHandler transport, string? controlToken) : IConformanceTarget
{
    public const string ControlTokenHeader = "X-Mock-Control-Token";

    private readonly HttpMessageHandler _transport = controlToken is null ? transport : new ControlTokenHandler(controlToken) { InnerHandler = transport };

    public string Name => $"mock at {serverRoot}";

    public bool HasControlPlane => true;

    public bool TeamPerScenario => true;

    public Uri ServerRoot => serverRoot;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public TargetSession OpenSession(ScenarioNames names) => new MockSession(_transport, serverRoot, names);

    public ValueTask DisposeAsync()
    {
        _transport.Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed class ControlTokenHandler(string token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.StartsWith("/mock/", StringComparison.Ordinal))
            {
                request.Headers.TryAddWithoutValidation(ControlTokenHeader, token);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}

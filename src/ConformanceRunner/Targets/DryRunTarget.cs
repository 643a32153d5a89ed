namespace ConformanceRunner.Targets;

/// <summary>Stands in for a target during a dry run: same name and capabilities, and any request fails loudly.</summary>
internal sealed class DryRunTarget(IConformanceTarget target) : IConformanceTarget
{
    public string Name => target.Name;

    public bool HasControlPlane => target.HasControlPlane;

    public bool TeamPerScenario => target.TeamPerScenario;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public TargetSession OpenSession(ScenarioNames names) => new Session(names);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Session(ScenarioNames names)
        : TargetSession(new NoNetwork(), observer: null, new Uri("http://dry-run.invalid/"), "/scim/v2", hasControlPlane: false, names)
    {
        public override Task<TeamAccess> ProvisionTeamAsync(TeamMode mode, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A dry run provisions nothing.");
    }

    private sealed class NoNetwork : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"A dry run sends no requests ({request.Method} {request.RequestUri}).");
    }
}

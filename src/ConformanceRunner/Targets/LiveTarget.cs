namespace ConformanceRunner.Targets;

/// <summary>
/// Any SCIM server given by URL and token. Scenarios share the server with whatever else lives there, so each one uses
/// run-unique names (<see cref="ScenarioNames"/>) and deletes, when it ends, exactly the resources it created.
/// It has no <c>/mock</c> control plane: <c>@mock-only</c> scenarios are skipped.
/// </summary>
public sealed class LiveTarget(LiveTargetOptions options) : IConformanceTarget
{
    private readonly HttpMessageHandler _transport = options.Transport ?? new SocketsHttpHandler();

    public string Name => options.BaseUrl.ToString();

    public bool HasControlPlane => false;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public TargetSession OpenSession(ScenarioNames names)
    {
        var (root, scimBasePath) = options.Split();
        return new LiveSession(new CreatedResources { InnerHandler = _transport }, root, scimBasePath, names, options);
    }

    public ValueTask DisposeAsync()
    {
        if (options.Transport is null)
        {
            _transport.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private sealed class LiveSession(CreatedResources created, Uri root, string scimBasePath, ScenarioNames names, LiveTargetOptions options)
        : TargetSession(created, root, scimBasePath, hasControlPlane: false, names)
    {
        // The configured token decides the mode on a live server; the step states what the scenario expects of it.
        public override Task<TeamAccess> ProvisionTeamAsync(TeamMode mode, CancellationToken cancellationToken) =>
            Task.FromResult(new TeamAccess(options.ScimToken, mode, Admin: options.Admin));

        public override async ValueTask DisposeAsync()
        {
            // Deleting goes straight to the transport: cleanup is not part of the scenario's recorded exchanges.
            using var invoker = new HttpMessageInvoker(created.InnerHandler!, disposeHandler: false);
            var failures = await created.DeleteAllAsync(invoker, CancellationToken.None);
            await base.DisposeAsync();
            if (failures.Count > 0)
            {
                throw new InvalidOperationException("Could not delete what the scenario created: " + string.Join(", ", failures));
            }
        }
    }
}

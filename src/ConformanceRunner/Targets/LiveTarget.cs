namespace ConformanceRunner.Targets;

/// <summary>
/// Any SCIM server given by URL and token(s). Scenarios share the server with whatever else lives there, so each one
/// uses run-unique names (<see cref="ScenarioNames"/>) and deletes, when it ends, exactly the resources it created.
/// It has no <c>/mock</c> control plane: <c>@mock-only</c> scenarios are skipped.
/// </summary>
public sealed class LiveTarget(LiveTargetOptions options) : IConformanceTarget
{
    private readonly HttpMessageHandler _transport = options.Transport ?? new SocketsHttpHandler();

    public string Name => options.BaseUrl.ToString();

    public bool HasControlPlane => false;

    public bool TeamPerScenario => false;

    public Task StartAsync(CancellationToken cancellationToken) =>
        options.EmailInvitationsToken is null && options.SamlSsoToken is null
            ? throw new ArgumentException("A live target needs at least one SCIM token.")
            : Task.CompletedTask;

    public TargetSession OpenSession(ScenarioNames names) => new LiveSession(_transport, options, names);

    public ValueTask DisposeAsync()
    {
        if (options.Transport is null)
        {
            _transport.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private sealed class LiveSession : TargetSession
    {
        private readonly HttpMessageHandler _transport;
        private readonly CreatedResources _created;
        private readonly LiveTargetOptions _options;

        public LiveSession(HttpMessageHandler transport, LiveTargetOptions options, ScenarioNames names)
            : this(transport, new CreatedResources(names), options, names)
        {
        }

        private LiveSession(HttpMessageHandler transport, CreatedResources created, LiveTargetOptions options, ScenarioNames names)
            : base(transport, created, options.Split().ServerRoot, options.Split().ScimBasePath, hasControlPlane: false, names)
        {
            _transport = transport;
            _created = created;
            _options = options;
        }

        // On a live server the team exists already: the operator's token for the mode is the scenario's team.
        public override Task<TeamAccess> ProvisionTeamAsync(TeamMode mode, CancellationToken cancellationToken) =>
            _options.TokenFor(mode) is { } token
                ? Task.FromResult(new TeamAccess(token, mode, Admin: _options.Admin))
                : throw new MissingCapabilityException(
                    $"{_options.BaseUrl} was given no token for {mode} mode ({(mode == TeamMode.SamlSso ? "--saml-token" : "--token")})");

        public override async ValueTask DisposeAsync()
        {
            // Deleting goes straight to the transport: cleanup is not part of the scenario's recorded exchanges.
            using var invoker = new HttpMessageInvoker(_transport, disposeHandler: false);
            var failures = await _created.DeleteAllAsync(invoker, CancellationToken.None);
            await base.DisposeAsync();
            if (failures.Count > 0)
            {
                throw new InvalidOperationException("Could not delete what the scenario created: " + string.Join(", ", failures));
            }
        }
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using MockWireServer;
using MockWireServer.Faults;

namespace ConformanceRunner.Targets;

/// <summary>
/// The MockWireServer in this process through ASP.NET Core's TestServer (no port). The only class of the runner that
/// knows the mock's types; everything else reaches the mock over HTTP. Each scenario gets its own team (<see cref="MockSession"/>).
/// </summary>
public sealed class InMemoryMockTarget(MockWireOptions? options = null) : IConformanceTarget
{
    private WebApplication? _app;
    private HttpMessageHandler? _transport;

    /// <summary>Every fault the mock can inject (<c>GET /mock/faults</c>), one per rule id of the catalogue.</summary>
    public static IReadOnlyList<MockFault> Faults { get; } = FaultCatalogue.All.Select(f => new MockFault(f.RuleId, f.Description)).ToList();

    public string Name => options?.Break is { Length: > 0 } broken ? $"in-memory mock breaking {broken}" : "in-memory mock";

    /// <summary>The mock with the faults of these rule ids switched on (none: the faithful mock).</summary>
    public static InMemoryMockTarget Breaking(IEnumerable<string> ruleIds) => new(new MockWireOptions { Break = string.Join(',', ruleIds) });

    public bool HasControlPlane => true;

    public bool TeamPerScenario => true;

    /// <summary>Shared by every session, so <c>--max-rps</c> holds for the whole run; set before <see cref="StartAsync"/>.</summary>
    public RequestPacing? Pacing { get; set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _app = MockWireApp.Create(options ?? new MockWireOptions(), builder =>
        {
            builder.WebHost.UseTestServer();
            // The runner's output is the scenario results; the mock's request log would drown them.
            builder.Logging.ClearProviders();
        });
        await _app.StartAsync(cancellationToken);
        var handler = _app.GetTestServer().CreateHandler();
        await BuildRoutesAsync(handler, cancellationToken);
        _transport = Pacing?.Wrap(handler) ?? (HttpMessageHandler)handler;
    }

    /// <summary>
    /// Asks the control plane for its faults (read-only, never graded): ASP.NET builds the routes on the first request,
    /// which would otherwise hold up every scenario's first request for a fifth of a second (issue 11).
    /// </summary>
    private static async Task BuildRoutesAsync(HttpMessageHandler handler, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri("http://localhost/") };
        using var response = await client.GetAsync("mock/faults", cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public TargetSession OpenSession(ScenarioNames names) =>
        new MockSession(_transport ?? throw new InvalidOperationException("Start the target first."), new Uri("http://localhost/"), names);

    public async ValueTask DisposeAsync()
    {
        _transport?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

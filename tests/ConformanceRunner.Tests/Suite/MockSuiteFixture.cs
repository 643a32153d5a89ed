using ConformanceRunner.Execution;
using ConformanceRunner.Features;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Tests.Suite;

/// <summary>One run of the engine against the in-memory mock, shared by every scenario test of the suite.</summary>
public sealed class MockSuiteFixture : IAsyncLifetime
{
    // Fixed so a failure reproduces; SCIM_CONFORMANCE_SEED replays another run's data.
    private const int DefaultSeed = 20261125;

    private ConformanceRun? _run;

    public IReadOnlyDictionary<string, ScenarioCase> Scenarios { get; } =
        FeatureLoader.LoadScenarios(RepositoryPaths.Features).ToDictionary(scenario => scenario.Id);

    public ConformanceRun Run => _run ?? throw new InvalidOperationException("The suite has not started.");

    public async ValueTask InitializeAsync()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SCIM_CONFORMANCE_SEED"), out var replay) ? replay : DefaultSeed;
        _run = await ConformanceRun.StartAsync(
            new InMemoryMockTarget(),
            new RunSettings { Seed = seed },
            host: new HostServices(RuntimeProvider: new XunitRuntimeProvider()));
    }

    public async ValueTask DisposeAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
            await _run.Target.DisposeAsync();
        }
    }
}

using ConformanceRunner.Baselines;
using ConformanceRunner.Cli;
using ConformanceRunner.Execution;
using ConformanceRunner.Features;
using ConformanceRunner.Targets;
using MockWireServer;

namespace ConformanceRunner.Tests.Baselines;

/// <summary>
/// The proof, run once and shared: the handle feature (a copy, so mismatching snapshots stay out of the
/// repository) against the mock with faults switched on. A baseline is written from the first run; three more runs use it.
/// </summary>
public sealed class BrokenMockRuns : IAsyncLifetime
{
    public const string BaselineFaults = "wire.handle.reuse,wire.handle.reserved";
    public const string AddedFault = "wire.handle.lowercase";

    private readonly TemporaryFeatures _features = new();

    public string BaselinePath => Path.Combine(_features.Root, "conformance-baseline.json");

    public string FeaturesRoot => Path.Combine(_features.Root, "features");

    /// <summary>Against the baseline's faults, before the baseline existed.</summary>
    public IReadOnlyList<ScenarioResult> First { get; private set; } = [];

    public Run Again { get; private set; } = null!;

    public Run OneMoreFault { get; private set; } = null!;

    public Run OneFaultRemoved { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(FeaturesRoot, "wire"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Features, "wire"), "handle.*"))
        {
            File.Copy(file, Path.Combine(FeaturesRoot, "wire", Path.GetFileName(file)));
        }

        First = (await RunAsync(BaselineFaults, "first", baseline: null)).Results;
        BaselineChoice.Update(BaselinePath, FeaturesRoot, First, TextWriter.Null);
        var baseline = Check();
        Again = await RunAsync(BaselineFaults, "again", baseline);
        OneMoreFault = await RunAsync(BaselineFaults + "," + AddedFault, "more", baseline);
        OneFaultRemoved = await RunAsync("wire.handle.reuse", "removed", baseline);
    }

    public BaselineCheck Check(IReadOnlyList<BaselineEntry>? entries = null) => new(
        BaselinePath,
        entries ?? BaselineFile.Read(BaselinePath),
        FeatureLoader.LoadScenarios(FeaturesRoot).Select(s => s.Id).ToHashSet(),
        DateOnly.FromDateTime(DateTime.UtcNow));

    public string Report(Run run, string file) => File.ReadAllText(Path.Combine(run.ReportDir, file));

    public ValueTask DisposeAsync()
    {
        _features.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<Run> RunAsync(string faults, string name, BaselineCheck? baseline)
    {
        var reports = Path.Combine(_features.Root, "reports", name);
        var settings = new RunSettings
        {
            Seed = 7,
            Parallelism = 4,
            Baseline = baseline,
            ReportFiles = new Dictionary<string, string>
            {
                ["junit"] = Path.Combine(reports, "junit.xml"),
                ["markdown"] = Path.Combine(reports, "summary.md"),
                ["json"] = Path.Combine(reports, "results.json"),
            },
        };
        await using var target = new InMemoryMockTarget(new MockWireOptions { Break = faults });
        IReadOnlyList<ScenarioResult> results;
        await using (var run = await ConformanceRun.StartAsync(target, settings))
        {
            results = await run.RunAllAsync(FeatureLoader.LoadScenarios(FeaturesRoot));
        }

        return new Run(results, reports);
    }

    public sealed record Run(IReadOnlyList<ScenarioResult> Results, string ReportDir)
    {
        public IReadOnlyList<string> FailedIds => Results.Where(r => r.Outcome.IsFailure).Select(r => r.Scenario.Id).Order(StringComparer.Ordinal).ToList();
    }
}

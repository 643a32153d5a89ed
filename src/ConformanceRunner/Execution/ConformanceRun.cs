using System.Collections.Concurrent;
using System.Reflection;
using ConformanceRunner.Features;
using ConformanceRunner.Reporting;
using ConformanceRunner.Snapshots;
using ConformanceRunner.Targets;
using Reqnroll;
using Reqnroll.Bindings;

namespace ConformanceRunner.Execution;

/// <summary>
/// One Reqnroll test run against one target: scenarios run through Reqnroll's public runtime, on a pool of test
/// runners (one per parallel worker), exactly as Reqnroll's generated test classes drive it.
/// Each run owns its Reqnroll global container, so several runs can live in one process (the test suite does).
/// </summary>
public sealed class ConformanceRun : IAsyncDisposable
{
    private readonly ITestRunnerManager _manager;
    private readonly ScenarioExecutor _executor;
    private readonly ConcurrentDictionary<FeatureDocument, FeatureInfo> _featureInfos = new(ReferenceEqualityComparer.Instance);
    private int _scenarioNumber;

    private ConformanceRun(ITestRunnerManager manager, IConformanceTarget target, RunSettings settings)
    {
        _manager = manager;
        Target = target;
        Settings = settings;
        _executor = new ScenarioExecutor(target, settings);
    }

    public IConformanceTarget Target { get; }

    public RunSettings Settings { get; }

    /// <summary>The assembly whose [Binding] classes the runner uses: this one (Steps/).</summary>
    public static Assembly BindingAssembly => typeof(ConformanceRun).Assembly;

    public static async Task<ConformanceRun> StartAsync(
        IConformanceTarget target,
        RunSettings settings,
        SnapshotStore? snapshots = null,
        HostServices? host = null,
        CancellationToken cancellationToken = default)
    {
        settings = settings with { TargetName = settings.TargetName ?? target.Name };
        if (settings.DryRun)
        {
            target = new DryRunTarget(target);
        }

        // The target starts (the in-memory mock builds its host) on another thread while Reqnroll's container and binding
        // registry are built here: both are start-up work on one core otherwise (about a quarter second each, issue 11).
        var started = Task.Run(() => target.StartAsync(cancellationToken), cancellationToken);

        ITestRunnerManager manager;
        try
        {
            manager = CreateManager(settings, snapshots, host);
        }
        catch
        {
            // The target finishes starting first, so that the caller's disposing it stops everything it started.
            await started.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        try
        {
            await started;
        }
        catch
        {
            // The before-test-run hooks never ran: nothing but the container to release.
            await manager.DisposeAsync();
            throw;
        }

        await manager.FireTestRunStartAsync();
        return new ConformanceRun(manager, target, settings);
    }

    // TestRunnerManager.OnTestRunStartAsync(assembly, builder) does these steps, but keys the manager by assembly in a
    // static registry; building it here keeps each run's container (and its target) to itself.
    private static ITestRunnerManager CreateManager(RunSettings settings, SnapshotStore? snapshots, HostServices? host)
    {
        var builder = new RunContainerBuilder(settings, snapshots ?? new SnapshotStore(settings.CreateMissingSnapshots), host ?? HostServices.None);
        var manager = builder.CreateGlobalContainer(BindingAssembly).Resolve<ITestRunnerManager>();
        manager.Initialize(BindingAssembly);
        return manager;
    }

    /// <summary>Runs one scenario on a free test runner; safe to call from many threads at once.</summary>
    /// <param name="stop">Cancelled when the run must end: the scenario's requests then stop (cleanup still runs).</param>
    /// <param name="skipReason">Skip the scenario for this reason instead of running it.</param>
    public async Task<ScenarioOutcome> RunScenarioAsync(ScenarioCase scenario, string? skipReason = null, CancellationToken stop = default)
    {
        var featureInfo = _featureInfos.GetOrAdd(scenario.Feature, ReqnrollInfos.Feature);
        var runner = _manager.GetTestRunner(featureInfo);
        try
        {
            if (await StartFeatureAsync(runner, featureInfo) is { } featureFailure)
            {
                return new ScenarioOutcome(ScenarioStatus.Failed, featureFailure, [], TimeSpan.Zero, []);
            }

            var names = ScenarioNames.For(Settings.RunId, Interlocked.Increment(ref _scenarioNumber));
            return await _executor.ExecuteAsync(runner, scenario, names, stop, skipReason);
        }
        finally
        {
            _manager.ReleaseTestRunnerToPool(runner);
        }
    }

    /// <summary>The step vocabulary: every step definition in Reqnroll's binding registry, in a stable order.</summary>
    public IReadOnlyList<StepDefinition> StepDefinitions()
    {
        // Taking a runner is what builds the registry (TestRunnerManager.InitializeBindingRegistry).
        var runner = _manager.GetTestRunner();
        try
        {
            return runner.TestThreadContext.TestThreadContainer.Resolve<IBindingRegistry>().GetStepDefinitions()
                .Select(step => new StepDefinition(step.StepDefinitionType.ToString(), step.SourceExpression, step.Method.Type.Name))
                .OrderBy(step => step.BindingClass, StringComparer.Ordinal)
                .ThenBy(step => step.Keyword, StringComparer.Ordinal)
                .ThenBy(step => step.Expression, StringComparer.Ordinal)
                .ToList();
        }
        finally
        {
            _manager.ReleaseTestRunnerToPool(runner);
        }
    }

    /// <summary>As generated [TestInitialize] code: finish the runner's previous feature, start this one if needed.</summary>
    /// <returns>Why the feature cannot run (a failing before-feature hook), or null.</returns>
    private static async Task<string?> StartFeatureAsync(ITestRunner runner, FeatureInfo featureInfo)
    {
        try
        {
            if (runner.FeatureContext is { } current && !ReferenceEquals(current.FeatureInfo, featureInfo))
            {
                await runner.OnFeatureEndAsync();
            }

            if (runner.FeatureContext is null)
            {
                await runner.OnFeatureStartAsync(featureInfo);
            }
        }
        catch (Exception exception)
        {
            return "[BeforeFeature]/[AfterFeature] hook failed: " + exception.Message;
        }

        return runner.FeatureContext?.BeforeFeatureHookFailed == true
            ? "[BeforeFeature] hook failed: " + runner.FeatureContext.BeforeFeatureHookError?.Message
            : null;
    }

    /// <summary>
    /// Runs scenarios on <see cref="RunSettings.Parallelism"/> workers. Results come back in the order of
    /// <paramref name="scenarios"/>, whatever order they finished in; <paramref name="onResult"/> sees them as they finish.
    /// When <paramref name="cancellationToken"/> is cancelled, scenarios in flight stop and fail, the rest are skipped as
    /// not run, and the results are returned all the same, so the reports show how far the run got.
    /// </summary>
    public async Task<IReadOnlyList<ScenarioResult>> RunAllAsync(IReadOnlyList<ScenarioCase> scenarios, Action<ScenarioResult>? onResult = null, CancellationToken cancellationToken = default)
    {
        var results = new ScenarioResult?[scenarios.Count];
        var remainingPerFeature = new ConcurrentDictionary<FeatureDocument, int>(
            scenarios.GroupBy(s => s.Feature, ReferenceEqualityComparer.Instance).ToDictionary(g => (FeatureDocument)g.Key!, g => g.Count()),
            ReferenceEqualityComparer.Instance);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Settings.Parallelism), CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, scenarios.Count), options, async (index, _) =>
            {
                var scenario = scenarios[index];
                var result = new ScenarioResult(scenario, await RunScenarioAsync(scenario, stop: cancellationToken));
                results[index] = result;
                onResult?.Invoke(result);
                if (remainingPerFeature.AddOrUpdate(scenario.Feature, 0, (_, left) => left - 1) == 0)
                {
                    // As generated [ClassCleanup] code: end the feature on every runner that still has it open.
                    await _manager.EndFeatureForAvailableTestRunnersAsync(_featureInfos[scenario.Feature]);
                }
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Skipped through Reqnroll like any skip, so every report lists them with the reason.
            for (var index = 0; index < scenarios.Count; index++)
            {
                if (results[index] is null)
                {
                    results[index] = new ScenarioResult(scenarios[index], await RunScenarioAsync(scenarios[index], ScenarioOutcome.NotRunReason, CancellationToken.None));
                    onResult?.Invoke(results[index]!);
                }
            }
        }

        return results.Select(result => result!).ToList();
    }

    /// <summary>Ends open features and the test run (after-feature and after-test-run hooks, formatters flush).</summary>
    public async ValueTask DisposeAsync()
    {
        await _manager.DisposeAsync();
    }
}

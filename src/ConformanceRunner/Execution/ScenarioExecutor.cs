using System.Diagnostics;
using ConformanceRunner.Features;
using ConformanceRunner.Reporting;
using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Execution;

/// <summary>
/// Runs one scenario on a Reqnroll test runner with the calls Reqnroll's generated test methods make:
/// OnScenarioInitialize, OnScenarioStartAsync (or SkipScenarioAsync), the steps, CollectScenarioErrorsAsync, OnScenarioEndAsync.
/// </summary>
internal sealed class ScenarioExecutor(IConformanceTarget target, RunSettings settings)
{
    public const string IgnoreTag = "@ignore";

    public async Task<ScenarioOutcome> ExecuteAsync(ITestRunner runner, ScenarioCase scenario, ScenarioNames names, CancellationToken stop, string? forcedSkip = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var session = target.OpenSession(names);
        session.StopWith(stop);
        var skipReason = forcedSkip ?? SkipReason(scenario);
        Exception? collected = null;
        string? failedStep = null;
        try
        {
            runner.OnScenarioInitialize(ReqnrollInfos.Scenario(scenario), ReqnrollInfos.Rule(scenario));
            RegisterScenarioServices(runner.ScenarioContext.ScenarioContainer, scenario, session, names);
            if (skipReason is not null)
            {
                runner.ScenarioContext.ScenarioContainer.Resolve<ScenarioSkips>().Record(scenario.Pickle.Id, skipReason);
                await runner.SkipScenarioAsync();
            }
            else
            {
                await runner.OnScenarioStartAsync();
                failedStep = await PickleSteps.RunAsync(runner, scenario);
                // Throws for anything but a pass (through OutcomeRuntimeProvider for skips, pending and undefined steps).
                await runner.CollectScenarioErrorsAsync();
            }
        }
        catch (Exception exception)
        {
            collected = exception;
        }

        var status = runner.ScenarioContext?.ScenarioExecutionStatus ?? ScenarioExecutionStatus.TestError;
        var testError = runner.ScenarioContext?.TestError;
        var ended = await EndAsync(runner, session);
        if (skipReason is not null)
        {
            return new ScenarioOutcome(ScenarioStatus.Skipped, skipReason, [], stopwatch.Elapsed, []);
        }

        var outcome = OutcomeReader.Read(status, collected, testError, stopwatch.Elapsed, session.Exchanges) with { Step = failedStep };
        return ended is null || outcome.IsFailure
            ? outcome
            : outcome with { Status = ScenarioStatus.Failed, Message = ended.Message };
    }

    private void RegisterScenarioServices(Reqnroll.BoDi.IObjectContainer container, ScenarioCase scenario, TargetSession session, ScenarioNames names)
    {
        container.RegisterInstanceAs(scenario);
        container.RegisterInstanceAs(session);
        container.RegisterInstanceAs(names);
        container.RegisterInstanceAs(new ScenarioData(ScenarioSeed.For(settings.Seed, scenario)));
        // Transcripts are attached only so that reports can embed them; with no report (--format none) none is rendered.
        if (container.Resolve<Reqnroll.EnvironmentAccess.IEnvironmentOptions>().FormatterSettings.Count == 0)
        {
            return;
        }

        var attachments = new ExchangeAttachments(
            container.Resolve<Reqnroll.IReqnrollOutputHelper>(), new SecretRedactor(settings.Secrets), container.Resolve<ExchangeTranscripts>());
        session.ExchangeRecorded += attachments.Attach;
    }

    private string? SkipReason(ScenarioCase scenario)
    {
        // Reqnroll's generated code skips @ignore'd scenarios the same way (TagHelper.ContainsIgnoreTag).
        if (scenario.Tags.Contains(IgnoreTag, StringComparer.OrdinalIgnoreCase))
        {
            return $"{IgnoreTag}: the scenario is switched off";
        }

        if (settings.DryRun)
        {
            return null;
        }

        if (!target.HasControlPlane && scenario.Tags.Contains(SkipReasons.MockOnlyTag, StringComparer.OrdinalIgnoreCase))
        {
            return SkipReasons.MockOnly(target.Name);
        }

        return !target.TeamPerScenario && scenario.Tags.Contains(SkipReasons.OwnTeamTag, StringComparer.OrdinalIgnoreCase)
            ? SkipReasons.OwnTeam(target.Name)
            : null;
    }

    /// <summary>After-scenario hooks, then the target's cleanup; a failure of either fails an otherwise passing scenario.</summary>
    private static async Task<Exception?> EndAsync(ITestRunner runner, TargetSession session)
    {
        Exception? failure = null;
        try
        {
            if (runner.ScenarioContext is not null)
            {
                await runner.OnScenarioEndAsync();
            }
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        try
        {
            await session.DisposeAsync();
        }
        catch (Exception exception)
        {
            failure ??= exception;
        }

        return failure;
    }
}

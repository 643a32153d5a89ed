using ConformanceRunner.Targets;
using Reqnroll;
using Reqnroll.UnitTestProvider;

namespace ConformanceRunner.Execution;

/// <summary>
/// Reqnroll's hook into "the test framework". The runner is its own framework: skips and pending steps become typed
/// exceptions that the engine turns into <see cref="ScenarioOutcome"/>s.
/// </summary>
public sealed class OutcomeRuntimeProvider : IUnitTestRuntimeProvider
{
    public void TestPending(string message) => throw new ScenarioPendingException(message);

    public void TestInconclusive(string message) => throw new ScenarioSkippedException(message);

    public void TestIgnore(string message) => throw new ScenarioSkippedException(message);

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) => exception switch
    {
        ScenarioSkippedException or MissingCapabilityException => ScenarioExecutionStatus.Skipped,
        ScenarioPendingException => ScenarioExecutionStatus.StepDefinitionPending,
        _ => null,
    };
}

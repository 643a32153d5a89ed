using ConformanceRunner.Execution;
using ConformanceRunner.Targets;
using Reqnroll;
using Reqnroll.UnitTestProvider;
using Xunit.Sdk;

namespace ConformanceRunner.Tests.Suite;

/// <summary>Reqnroll's unit-test provider for scenarios run as xunit tests: a skipped scenario is an xunit skip.</summary>
internal sealed class XunitRuntimeProvider : IUnitTestRuntimeProvider
{
    public void TestPending(string message) => throw new ScenarioPendingException(message);

    public void TestInconclusive(string message) => Assert.Skip(message);

    public void TestIgnore(string message) => Assert.Skip(message);

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) =>
        exception is SkipException or MissingCapabilityException ? ScenarioExecutionStatus.Skipped : null;
}

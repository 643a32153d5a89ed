using Reqnroll;

namespace ConformanceRunner.Tests.Execution;

/// <summary>Hooks that fail on purpose, scoped by tag so only the features of <see cref="HookFailureTests"/> meet them.</summary>
[Binding]
public sealed class FailingHooks
{
    [BeforeFeature("before-feature-fails")]
    public static void BeforeFeatureFails() => throw new InvalidOperationException("the feature's setup broke");

    [AfterScenario("after-scenario-fails")]
    public void AfterScenarioFails() => throw new InvalidOperationException("the scenario's teardown broke");
}

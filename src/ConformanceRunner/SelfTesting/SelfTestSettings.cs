namespace ConformanceRunner.SelfTesting;

/// <summary>How a self-test runs: how many broken mocks at once, and which scenarios each one faces.</summary>
public sealed record SelfTestSettings
{
    /// <summary>Broken mocks run at once, each with its own engine run.</summary>
    public int Parallelism { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Scenarios run at once against one broken mock (a fault's scenarios are few).</summary>
    public int ScenarioParallelism { get; init; } = 2;

    /// <summary>Every scenario against every broken mock, instead of only those tagged with the fault's rule.</summary>
    public bool AllScenarios { get; init; }

    /// <summary>Fixed, so a fault that survives survives again with the same data.</summary>
    public int Seed { get; init; } = 20261125;
}

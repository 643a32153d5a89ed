using ConformanceRunner.Features;

namespace ConformanceRunner.Execution;

internal static class ScenarioSeed
{
    public static int For(int runSeed, ScenarioCase scenario) =>
        (int)(StableHash.Of($"{runSeed}/{scenario.Id}") & int.MaxValue);
}

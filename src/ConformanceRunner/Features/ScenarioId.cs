namespace ConformanceRunner.Features;

/// <summary>
/// A scenario's stable id: feature path, scenario name and, for an outline, its example row's values
/// (<c>wire/handle.feature: a userName of 2 characters is accepted [2]</c>). It depends on none of run order,
/// parallelism, sharding or the scenario's position in its file, so a baseline can name it across runs.
/// </summary>
public static class ScenarioId
{
    public static string Of(string featureUri, string scenarioName, IReadOnlyList<string> exampleValues) =>
        exampleValues.Count == 0
            ? $"{featureUri}: {scenarioName}"
            : $"{featureUri}: {scenarioName} [{string.Join(", ", exampleValues)}]";
}

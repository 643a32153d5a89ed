using ConformanceRunner.Features;
using Io.Cucumber.Messages.Types;
using Reqnroll;

namespace ConformanceRunner.Execution;

/// <summary>Sends a pickle's steps to a Reqnroll test runner, as generated code does: Given/When/Then with the Gherkin keyword, doc string and table.</summary>
internal static class PickleSteps
{
    /// <returns>The first step that did not pass ("line 17: Then the response status is 200"), or null.</returns>
    public static async Task<string?> RunAsync(ITestRunner runner, ScenarioCase scenario)
    {
        string? firstProblem = null;
        foreach (var step in scenario.Pickle.Steps)
        {
            var gherkinStep = scenario.Feature.StepOf(step);
            var keyword = gherkinStep.Keyword;
            var docString = step.Argument?.DocString?.Content;
            var table = ToTable(step.Argument?.DataTable);
            // The pickle already resolved "And"/"But" to the type of the step before them.
            await (step.Type switch
            {
                PickleStepType.ACTION => runner.WhenAsync(step.Text, docString, table, keyword),
                PickleStepType.OUTCOME => runner.ThenAsync(step.Text, docString, table, keyword),
                _ => runner.GivenAsync(step.Text, docString, table, keyword),
            });
            if (firstProblem is null && runner.ScenarioContext.ScenarioExecutionStatus != ScenarioExecutionStatus.OK)
            {
                firstProblem = $"line {gherkinStep.Location.Line}: {keyword.Trim()} {step.Text}";
            }
        }

        return firstProblem;
    }

    private static Table? ToTable(PickleTable? dataTable)
    {
        if (dataTable is null || dataTable.Rows.Count == 0)
        {
            return null;
        }

        var table = new Table(dataTable.Rows[0].Cells.Select(cell => cell.Value).ToArray());
        foreach (var row in dataTable.Rows.Skip(1))
        {
            table.AddRow(row.Cells.Select(cell => cell.Value).ToArray());
        }

        return table;
    }
}

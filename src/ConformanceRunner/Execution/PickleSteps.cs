using ConformanceRunner.Features;
using Io.Cucumber.Messages.Types;
using Reqnroll;

namespace ConformanceRunner.Execution;

/// <summary>Sends a pickle's steps to a Reqnroll test runner, as generated code does: Given/When/Then with the Gherkin keyword, doc string and table.</summary>
internal static class PickleSteps
{
    public static async Task RunAsync(ITestRunner runner, ScenarioCase scenario)
    {
        foreach (var step in scenario.Pickle.Steps)
        {
            var keyword = scenario.Feature.StepOf(step).Keyword;
            var docString = step.Argument?.DocString?.Content;
            var table = ToTable(step.Argument?.DataTable);
            // The pickle already resolved "And"/"But" to the type of the step before them.
            await (step.Type switch
            {
                PickleStepType.ACTION => runner.WhenAsync(step.Text, docString, table, keyword),
                PickleStepType.OUTCOME => runner.ThenAsync(step.Text, docString, table, keyword),
                _ => runner.GivenAsync(step.Text, docString, table, keyword),
            });
        }
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

using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ConformanceRunner.Snapshots;

/// <summary>A line diff of verified → received, changed lines with two lines of context, for failure messages.</summary>
public static class SnapshotDiff
{
    private const int Context = 2;

    public static string Render(string verified, string received)
    {
        var lines = InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false).Lines;
        var changed = lines.Select((line, index) => (line, index)).Where(x => x.line.Type != ChangeType.Unchanged).Select(x => x.index).ToList();
        var shown = changed.SelectMany(index => Enumerable.Range(index - Context, 2 * Context + 1)).Where(i => i >= 0 && i < lines.Count).ToHashSet();
        var text = new StringBuilder("--- verified\n+++ received\n");
        var previous = -1;
        foreach (var index in shown.Order())
        {
            if (previous >= 0 && index > previous + 1)
            {
                text.Append("  …\n");
            }

            var line = lines[index];
            var marker = line.Type switch
            {
                ChangeType.Inserted => '+',
                ChangeType.Deleted => '-',
                _ => ' ',
            };
            text.Append(marker).Append(' ').Append(line.Text).Append('\n');
            previous = index;
        }

        return text.ToString();
    }
}

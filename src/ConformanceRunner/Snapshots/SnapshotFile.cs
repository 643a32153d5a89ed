using System.Text;
using ConformanceRunner.Features;

namespace ConformanceRunner.Snapshots;

/// <summary>
/// Where a scenario's n-th snapshot lives, by Verify's convention: next to the feature,
/// <c>&lt;feature file&gt;.&lt;scenario&gt;[_&lt;example values&gt;].&lt;n&gt;.verified.json</c>, and <c>.received.json</c> beside it.
/// </summary>
public sealed record SnapshotFile(string VerifiedPath, string ReceivedPath)
{
    public static SnapshotFile For(ScenarioCase scenario, int number)
    {
        var name = new StringBuilder(scenario.Feature.FileStem).Append('.').Append(Sanitize(scenario.Scenario.Name));
        foreach (var (_, value) in scenario.ExampleValues)
        {
            name.Append('_').Append(Sanitize(value));
        }

        var stem = Path.Combine(Path.GetDirectoryName(scenario.Feature.FilePath)!, $"{name}.{number}");
        return new SnapshotFile(stem + ".verified.json", stem + ".received.json");
    }

    /// <summary>Keeps names readable and portable: characters invalid on any common file system become '-'.</summary>
    private static string Sanitize(string text)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat("<>:\"/\\|?*").ToHashSet();
        var sanitized = new string(text.Select(c => invalid.Contains(c) || char.IsControl(c) ? '-' : c).ToArray()).Trim();
        return sanitized.Length == 0 ? "-" : sanitized;
    }
}

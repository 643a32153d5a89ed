using System.Text.Json.Nodes;
using ConformanceRunner.Execution;
using ConformanceRunner.Features;

namespace ConformanceRunner.Snapshots;

/// <summary>A scenario's snapshots: numbered in the order taken, scrubbed with counters shared by all of them.</summary>
public sealed class ScenarioSnapshots(SnapshotStore store, ScenarioCase scenario, ScenarioData data)
{
    private readonly ScrubCounters _counters = new();
    private int _taken;

    /// <summary>Status, the headers worth pinning, and the body, scrubbed, against the next verified file.</summary>
    public SnapshotResult Verify(int status, string? contentType, string? location, JsonNode? body)
    {
        var scrubber = new JsonScrubber(_counters, data.Generated);
        var headers = new JsonObject();
        if (contentType is not null)
        {
            headers["Content-Type"] = contentType;
        }

        if (location is not null)
        {
            headers["Location"] = scrubber.ScrubString(location);
        }

        var snapshot = new JsonObject
        {
            ["status"] = status,
            ["headers"] = headers,
            ["body"] = scrubber.Scrub(body),
        };
        return store.Verify(SnapshotFile.For(scenario, ++_taken), snapshot);
    }
}

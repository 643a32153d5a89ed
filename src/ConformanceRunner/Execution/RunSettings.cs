using System.Security.Cryptography;

namespace ConformanceRunner.Execution;

/// <summary>How one run behaves; the same for every scenario of the run.</summary>
public sealed record RunSettings
{
    /// <summary>Seeds the data no scenario pins (names, emails…); printed by the runner so a run can be replayed.</summary>
    public int Seed { get; init; } = RandomNumberGenerator.GetInt32(1, int.MaxValue);

    /// <summary>Scenarios run at once, each on its own Reqnroll test runner.</summary>
    public int Parallelism { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Match every step against the bindings without invoking any (nothing is sent to the target).</summary>
    public bool DryRun { get; init; }

    /// <summary>Write a missing verified snapshot instead of failing; for local use, never in CI.</summary>
    public bool CreateMissingSnapshots { get; init; }

    /// <summary>
    /// Reports written by Reqnroll formatters, by formatter name, to the given file: the built-in <c>html</c> (Cucumber's
    /// HTML report) and <c>message</c> (Cucumber Messages NDJSON), and ours, <c>junit</c>, <c>markdown</c>, <c>json</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> ReportFiles { get; init; } = new Dictionary<string, string>();

    /// <summary>Prefix of every name the run creates on the target: short, lowercase, valid in a Wire handle.</summary>
    public string RunId { get; init; } = NewRunId();

    /// <summary>What reports name as the target; the run fills it from the target when empty.</summary>
    public string? TargetName { get; init; }

    /// <summary>Values that must never appear in an attachment or report (the SCIM token, the admin password).</summary>
    public IReadOnlyList<string> Secrets { get; init; } = [];

    /// <summary>Accepted failures: failures it lists are known, not new; null when the run has no baseline.</summary>
    public Baselines.BaselineCheck? Baseline { get; init; }

    /// <summary>Fixed and stale baseline entries fail the run too.</summary>
    public bool StrictBaseline { get; init; }

    /// <summary>The most requests per second the whole run sends (all workers together); null for unpaced.</summary>
    public int? MaxRequestsPerSecond { get; init; }

    private static string NewRunId()
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        return "r" + RandomNumberGenerator.GetString(alphabet, 5);
    }
}

using System.CommandLine;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Cli;

/// <summary><c>--max-rps</c>: one limiter for the whole run, handed to the target's HTTP pipeline.</summary>
internal static class PacingChoice
{
    public static readonly Option<int?> MaxRps = new("--max-rps") { Description = "At most N requests per second over the whole run (all --parallel workers together), for rate-limited servers", HelpName = "N" };

    public static RequestPacing? From(ParseResult parse) => parse.GetValue(MaxRps) switch
    {
        null => null,
        < 1 and var n => throw new UserError($"--max-rps must be at least 1, not {n}."),
        { } n => new RequestPacing(n),
    };

    /// <summary>Hands the pacing to an in-memory target (a live target got it in its transport) and says so.</summary>
    public static void Apply(RequestPacing? pacing, IConformanceTarget target, TextWriter output)
    {
        if (pacing is null)
        {
            return;
        }

        if (target is InMemoryMockTarget mock)
        {
            mock.Pacing = pacing;
        }

        output.WriteLine($"paced at <= {pacing.MaxRequestsPerSecond} requests/s over all workers (--max-rps)");
    }
}

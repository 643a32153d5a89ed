using System.CommandLine;

namespace ConformanceRunner.Cli;

/// <summary>The options issue 13 adds to <c>run</c> (and <c>baseline update</c>): profiles, pacing and the baseline.</summary>
internal static class RunSelectionOptions
{
    /// <param name="baselineInput">run: <c>--baseline</c> is read and <c>--strict-baseline</c> applies; update: it is written.</param>
    public static void AddTo(Command command, bool baselineInput)
    {
        command.Options.Add(ProfileChoice.Profile);
        command.Options.Add(ProfileChoice.ProfilesFile);
        command.Options.Add(PacingChoice.MaxRps);
        command.Options.Add(BaselineChoice.File);
        if (baselineInput)
        {
            command.Options.Add(BaselineChoice.Strict);
        }
    }
}

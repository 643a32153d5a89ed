using System.CommandLine;
using ConformanceRunner.Features;

namespace ConformanceRunner.Cli;

/// <summary><c>--profile</c> and <c>--profiles-file</c>: a named selection, combined with <c>--tags</c> when both are given.</summary>
internal static class ProfileChoice
{
    public static readonly Option<string?> Profile = new("--profile") { Description = "Named selection: core, edge, wire, entra, okta, all, or one from a profiles file ('list --profiles' shows them); combined with --tags", HelpName = "name" };
    public static readonly Option<string?> ProfilesFile = new("--profiles-file") { Description = $"Extra profiles (JSON like the tool's {ScenarioProfile.FileName}); a {ScenarioProfile.FileName} beside the features is read too", HelpName = "file" };

    /// <summary>The shipped profiles, those of <c>profiles.json</c> in the features folder, then those of <c>--profiles-file</c>.</summary>
    public static IReadOnlyList<ScenarioProfile> Available(ParseResult parse, string featuresRoot)
    {
        var files = new List<string>();
        var besideFeatures = Path.Combine(featuresRoot, ScenarioProfile.FileName);
        if (File.Exists(besideFeatures))
        {
            files.Add(besideFeatures);
        }

        if (parse.GetValue(ProfilesFile) is { } file)
        {
            files.Add(File.Exists(file) ? file : throw new UserError($"--profiles-file: no file at {Path.GetFullPath(file)}."));
        }

        try
        {
            return ScenarioProfile.Load(files);
        }
        catch (FormatException exception)
        {
            throw new UserError(exception.Message + " (fix the profiles file)");
        }
    }

    /// <summary>The tag expression a command selects with: the profile's and <c>--tags</c>, both to be matched.</summary>
    public static string? Tags(ParseResult parse, string featuresRoot, string? tags)
    {
        if (parse.GetValue(Profile) is not { } name)
        {
            return tags;
        }

        var profiles = Available(parse, featuresRoot);
        var profile = profiles.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? throw new UserError($"--profile '{name}' is unknown; use one of {string.Join(", ", profiles.Select(p => p.Name))} ('list --profiles').");
        return profile.CombinedWith(tags);
    }
}

using Reqnroll.EnvironmentAccess;

namespace ConformanceRunner.Execution;

/// <summary>
/// Reqnroll's environment options with this run's settings on top: its dry run (normally REQNROLL_DRY_RUN=true) and
/// its formatters (normally REQNROLL_FORMATTERS_HTML=…), so two runs in one process do not share them.
/// </summary>
internal sealed class RunEnvironmentOptions(IEnvironmentWrapper environment, RunSettings settings) : IEnvironmentOptions
{
    private readonly EnvironmentOptions _environment = new(environment);

    public bool IsDryRun => settings.DryRun || _environment.IsDryRun;

    public string? BindingsOutputFilepath => _environment.BindingsOutputFilepath;

    public bool IsRunningInContainer => _environment.IsRunningInContainer;

    public bool FormattersDisabled => _environment.FormattersDisabled;

    public string? FormattersJson => _environment.FormattersJson;

    public IDictionary<string, string> FormatterSettings
    {
        get
        {
            var merged = new Dictionary<string, string>(_environment.FormatterSettings, StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in settings.Formatters)
            {
                merged[name] = value;
            }

            return merged;
        }
    }
}

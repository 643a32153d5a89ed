using Reqnroll.EnvironmentAccess;

namespace ConformanceRunner.Execution;

/// <summary>
/// Reqnroll's environment options with the run's own settings on top: its dry run (normally REQNROLL_DRY_RUN) and its
/// report files (normally REQNROLL_FORMATTERS_HTML / _MESSAGE), so two runs in one process can differ.
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
            var formatters = new Dictionary<string, string>(_environment.FormatterSettings, StringComparer.OrdinalIgnoreCase);
            foreach (var (formatter, outputFile) in settings.ReportFiles)
            {
                formatters[formatter] = $"outputFilePath={outputFile}";
            }

            return formatters;
        }
    }
}

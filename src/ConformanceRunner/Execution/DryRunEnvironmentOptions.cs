using Reqnroll.EnvironmentAccess;

namespace ConformanceRunner.Execution;

/// <summary>Reqnroll's own dry run (normally REQNROLL_DRY_RUN=true) for one run only: steps are matched, never invoked.</summary>
internal sealed class DryRunEnvironmentOptions(IEnvironmentWrapper environment) : IEnvironmentOptions
{
    private readonly EnvironmentOptions _environment = new(environment);

    public bool IsDryRun => true;

    public string? BindingsOutputFilepath => _environment.BindingsOutputFilepath;

    public bool IsRunningInContainer => _environment.IsRunningInContainer;

    public bool FormattersDisabled => _environment.FormattersDisabled;

    public string? FormattersJson => _environment.FormattersJson;

    public IDictionary<string, string> FormatterSettings => _environment.FormatterSettings;
}

using ConformanceRunner.Execution;
using Reqnroll.Formatters;
using Reqnroll.Formatters.Configuration;
using Reqnroll.Formatters.RuntimeSupport;

namespace ConformanceRunner.Reporting;

/// <summary>
/// A Reqnroll formatter that reads the whole message stream into a <see cref="RunReport"/> and writes one file at the
/// end. Enabled like the built-in ones (reqnroll.json <c>formatters</c>, <c>REQNROLL_FORMATTERS_&lt;NAME&gt;</c>, or the
/// run's <see cref="RunSettings.Formatters"/>), with an optional <c>outputFilePath</c>.
/// </summary>
public abstract class ReportFormatterBase(
    IFormattersConfigurationProvider configuration,
    IFormatterLog log,
    RunSettings settings,
    ScenarioSkips skips,
    string name,
    string defaultFileName) : FormatterBase(configuration, log, name)
{
    private string _outputPath = defaultFileName;

    protected RunSettings Settings => settings;

    protected SecretRedactor Redactor { get; } = new(settings.Secrets);

    public override void LaunchInner(IDictionary<string, object> formatterConfigString, Action<bool> onAfterInitialization)
    {
        if (formatterConfigString.TryGetValue("outputFilePath", out var path) && path?.ToString() is { Length: > 0 } configured)
        {
            _outputPath = configured;
        }

        onAfterInitialization(true);
    }

    protected override async Task ConsumeAndFormatMessagesBackgroundTask(CancellationToken cancellationToken)
    {
        var reader = new MessageStreamReader(Redactor, skips);
        await foreach (var envelope in PostedMessages.Reader.ReadAllAsync(cancellationToken))
        {
            reader.Read(envelope);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(_outputPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllTextAsync(_outputPath, Render(reader.Report().ClassifiedBy(settings.Baseline, settings.StrictBaseline)), cancellationToken);
    }

    /// <summary>
    /// The file's text, redacted once more as a whole: a secret must not reach the file whichever field carried it.
    /// A structured format redacts its values before encoding them, since an escape (JSON's <c>\u002B</c> for '+',
    /// XML's <c>&amp;lt;</c>) hides a secret from a pass over the finished text.
    /// </summary>
    protected abstract string Render(RunReport report);
}

using System.Collections.Concurrent;
using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters;
using Reqnroll.Formatters.PubSub;
using Reqnroll.Formatters.RuntimeSupport;

namespace ConformanceRunner.Reporting;

/// <summary>
/// Reqnroll's message broker (<c>CucumberMessageBroker</c>) with one change: the run's last message goes to every
/// formatter at once. A formatter writes its file when <see cref="TestRunFinished"/> reaches it and only returns when
/// the file is written; Reqnroll's broker awaited the formatters one after the other, so at the end of every run the
/// html page, the JSON results and the others were written in turn while the other core idled (issue 11). Every
/// other message goes to the formatters in turn, as before; the formatter-use telemetry Reqnroll's broker sent is
/// off in this tool anyway (<see cref="Execution.ReqnrollTelemetryOff"/>).
/// </summary>
public sealed class ConcurrentClosingBroker(IFormatterLog log, IDictionary<string, ICucumberMessageFormatter> registeredFormatters)
    : ICucumberMessageBroker
{
    private readonly ICucumberMessageFormatter[] _registered = [.. registeredFormatters.Values];
    private readonly ConcurrentDictionary<string, ICucumberMessageFormatter> _active = new();
    private int _initialized;

    /// <summary>As Reqnroll's: once every formatter said whether it runs, and at least one does.</summary>
    public bool IsEnabled => Volatile.Read(ref _initialized) == _registered.Length && !_active.IsEmpty;

    public void Initialize()
    {
        foreach (var formatter in _registered)
        {
            formatter.LaunchFormatter(this);
        }
    }

    public void FormatterInitialized(ICucumberMessageFormatter formatterSink, bool enabled)
    {
        if (enabled)
        {
            _active.TryAdd(formatterSink.Name, formatterSink);
        }

        Interlocked.Increment(ref _initialized);
    }

    public async Task PublishAsync(Envelope message)
    {
        if (message.TestRunFinished is not null)
        {
            await Task.WhenAll(_active.Values.Select(formatter => PublishTo(formatter, message)));
            return;
        }

        foreach (var formatter in _active.Values)
        {
            await PublishTo(formatter, message);
        }
    }

    // As in Reqnroll's broker: a formatter that throws keeps no other formatter from its messages.
    private async Task PublishTo(ICucumberMessageFormatter formatter, Envelope message)
    {
        try
        {
            await formatter.PublishAsync(message);
        }
        catch (System.Exception e)
        {
            log.WriteMessage($"Formatters Broker: Exception thrown by Formatter Plugin {formatter.Name}: {e.Message}");
        }
    }
}

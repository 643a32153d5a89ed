using ConformanceRunner.Execution;
using ConformanceRunner.Reporting;
using ConformanceRunner.Snapshots;
using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters;
using Reqnroll.Formatters.PubSub;
using Reqnroll.Formatters.RuntimeSupport;

namespace ConformanceRunner.Tests.Reporting;

public sealed class ConcurrentClosingBrokerTests
{
    private static readonly Envelope RunStarted = Envelope.Create(new TestRunStarted(new Timestamp(1, 0), "run"));
    private static readonly Envelope RunFinished = Envelope.Create(new TestRunFinished(null, true, new Timestamp(2, 0), null, "run"));

    [Fact]
    public async Task Every_formatter_gets_the_last_message_at_once_so_they_write_their_files_together()
    {
        // Each of these finishes only once the other has the last message too: handed out in turn, the first would wait
        // for the second forever (here: until its timeout).
        var first = new RecordingFormatter("first");
        var second = new RecordingFormatter("second");
        first.WaitsFor = second;
        second.WaitsFor = first;
        var broker = Launched(first, second);

        await broker.PublishAsync(RunStarted);
        await broker.PublishAsync(RunFinished);

        first.SawTheOtherFinish.Should().BeTrue();
        second.SawTheOtherFinish.Should().BeTrue();
    }

    [Fact]
    public async Task Every_other_message_reaches_every_formatter_in_order_even_past_one_that_throws()
    {
        var throwing = new RecordingFormatter("throwing") { Throws = true };
        var recording = new RecordingFormatter("recording");
        var broker = Launched(throwing, recording);
        var testCase = Envelope.Create(new TestCaseStarted(0, "case-1", "test-case", null, new Timestamp(1, 5)));

        await broker.PublishAsync(RunStarted);
        await broker.PublishAsync(testCase);
        await broker.PublishAsync(RunFinished);

        recording.Received.Should().Equal(RunStarted, testCase, RunFinished);
        throwing.Received.Should().Equal(RunStarted, testCase, RunFinished);
    }

    [Fact]
    public void The_broker_is_enabled_once_every_formatter_reported_and_one_of_them_runs()
    {
        var enabled = new RecordingFormatter("enabled");
        var disabled = new RecordingFormatter("disabled") { Enabled = false };
        var broker = new ConcurrentClosingBroker(new SilentLog(), new Dictionary<string, ICucumberMessageFormatter>
        {
            ["enabled"] = enabled,
            ["disabled"] = disabled,
        });

        broker.IsEnabled.Should().BeFalse();
        broker.Initialize();
        broker.IsEnabled.Should().BeTrue();

        var none = new ConcurrentClosingBroker(new SilentLog(), new Dictionary<string, ICucumberMessageFormatter> { ["disabled"] = disabled });
        none.Initialize();
        none.IsEnabled.Should().BeFalse();
    }

    [Fact]
    public void A_runs_container_routes_messages_through_this_broker()
    {
        var container = new RunContainerBuilder(new RunSettings(), new SnapshotStore(createMissing: false), HostServices.None)
            .CreateGlobalContainer(ConformanceRun.BindingAssembly);

        container.Resolve<ICucumberMessageBroker>().Should().BeOfType<ConcurrentClosingBroker>();
        container.Resolve<IMessagePublisher>().Should().BeSameAs(container.Resolve<ICucumberMessageBroker>());
    }

    private static ConcurrentClosingBroker Launched(params RecordingFormatter[] formatters)
    {
        var broker = new ConcurrentClosingBroker(new SilentLog(), formatters.ToDictionary(f => f.Name, f => (ICucumberMessageFormatter)f));
        broker.Initialize();
        return broker;
    }

    private sealed class RecordingFormatter(string name) : ICucumberMessageFormatter
    {
        private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => name;

        public bool Enabled { get; init; } = true;

        public bool Throws { get; init; }

        public RecordingFormatter? WaitsFor { get; set; }

        public bool SawTheOtherFinish { get; private set; }

        public List<Envelope> Received { get; } = [];

        public void LaunchFormatter(ICucumberMessageBroker broker) => broker.FormatterInitialized(this, Enabled);

        public async Task PublishAsync(Envelope message)
        {
            Received.Add(message);
            if (Throws)
            {
                throw new InvalidOperationException("this formatter fails on every message");
            }

            if (message.TestRunFinished is null)
            {
                return;
            }

            _finished.SetResult();
            if (WaitsFor is { } other)
            {
                SawTheOtherFinish = await Task.WhenAny(other._finished.Task, Task.Delay(TimeSpan.FromSeconds(5))) == other._finished.Task;
            }
        }
    }

    private sealed class SilentLog : IFormatterLog
    {
        public void WriteMessage(string message)
        {
        }

        public void DumpMessages()
        {
        }
    }
}

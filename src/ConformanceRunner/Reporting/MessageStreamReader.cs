using ConformanceRunner.Execution;
using Io.Cucumber.Messages.Types;

namespace ConformanceRunner.Reporting;

/// <summary>
/// Reads a run's Cucumber messages (documents, pickles, test cases, step results, attachments) into a
/// <see cref="RunReport"/>. The only bookkeeping of results our formats use.
/// </summary>
/// <param name="skips">Why the run skipped scenarios; a skip it does not know is explained by its steps' messages.</param>
public sealed class MessageStreamReader(SecretRedactor redactor, ScenarioSkips skips)
{
    private readonly Dictionary<string, GherkinDocument> _documents = [];
    private readonly Dictionary<string, Pickle> _pickles = [];
    private readonly Dictionary<string, TestCase> _testCases = [];
    private readonly List<TestCaseStarted> _started = [];
    private readonly Dictionary<string, List<TestStepFinished>> _stepResults = [];
    private readonly Dictionary<string, List<Attachment>> _attachments = [];
    private readonly Dictionary<string, Timestamp> _finished = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _exampleRows = [];
    private Timestamp? _runStarted;
    private Timestamp? _runFinished;

    public void Read(Envelope envelope)
    {
        switch (envelope)
        {
            case { GherkinDocument: { } document }:
                _documents[document.Uri] = document;
                IndexExampleRows(document);
                break;
            case { Pickle: { } pickle }:
                _pickles[pickle.Id] = pickle;
                break;
            case { TestCase: { } testCase }:
                _testCases[testCase.Id] = testCase;
                break;
            case { TestCaseStarted: { } started }:
                _started.Add(started);
                break;
            case { TestStepFinished: { } step }:
                ListOf(_stepResults, step.TestCaseStartedId).Add(step);
                break;
            case { Attachment: { TestCaseStartedId: { } caseId } attachment }:
                ListOf(_attachments, caseId).Add(attachment);
                break;
            case { TestCaseFinished: { } finished }:
                _finished[finished.TestCaseStartedId] = finished.Timestamp;
                break;
            case { TestRunStarted: { } runStarted }:
                _runStarted = runStarted.Timestamp;
                break;
            case { TestRunFinished: { } runFinished }:
                _runFinished = runFinished.Timestamp;
                break;
        }
    }

    public RunReport Report()
    {
        // A retried test case counts once, with its last attempt.
        var lastAttempts = _started.GroupBy(started => started.TestCaseId).Select(group => group.MaxBy(s => s.Attempt)!);
        var scenarios = lastAttempts
            .Select(ScenarioOf)
            .OfType<ScenarioReport>()
            .OrderBy(scenario => scenario.FeatureUri, StringComparer.Ordinal)
            .ThenBy(scenario => scenario.Id, StringComparer.Ordinal)
            .ToList();
        var start = ToTime(_runStarted);
        return new RunReport(start, _runFinished is null ? TimeSpan.Zero : ToTime(_runFinished) - start, scenarios);
    }

    private ScenarioReport? ScenarioOf(TestCaseStarted started)
    {
        if (!_testCases.TryGetValue(started.TestCaseId, out var testCase) || !_pickles.TryGetValue(testCase.PickleId, out var pickle))
        {
            return null;
        }

        var document = _documents.GetValueOrDefault(pickle.Uri);
        var results = _stepResults.GetValueOrDefault(started.Id) ?? [];
        var attachments = _attachments.GetValueOrDefault(started.Id) ?? [];
        var status = WorstStatus(results);
        var tags = pickle.Tags.Select(tag => tag.Name).ToList();
        var duration = _finished.TryGetValue(started.Id, out var end) ? ToTime(end) - ToTime(started.Timestamp) : TimeSpan.Zero;
        var exampleValues = pickle.AstNodeIds.Skip(1).Select(id => _exampleRows.GetValueOrDefault(id)).OfType<IReadOnlyList<string>>().FirstOrDefault() ?? [];
        return new ScenarioReport(
            pickle.Id,
            pickle.Uri,
            document?.Feature?.Name ?? pickle.Uri,
            SourceLine(document?.Feature?.Description),
            pickle.Name,
            exampleValues,
            tags,
            status,
            duration,
            status is ScenarioReport.Passed or ScenarioReport.Skipped ? null : Failure(testCase, pickle, results, attachments),
            status == ScenarioReport.Skipped ? skips.ReasonFor(pickle.Id) ?? SkipReason(results) : null,
            attachments.Where(IsExchange).Select(Text).ToList());
    }

    private FailureReport Failure(TestCase testCase, Pickle pickle, List<TestStepFinished> results, List<Attachment> attachments)
    {
        var failed = results.FirstOrDefault(result => result.TestStepResult.Status is not (TestStepResultStatus.PASSED or TestStepResultStatus.SKIPPED))
            ?? results.LastOrDefault();
        var testStep = testCase.TestSteps.FirstOrDefault(step => step.Id == failed?.TestStepId);
        var stepText = pickle.Steps.FirstOrDefault(step => step.Id == testStep?.PickleStepId)?.Text ?? "(hook)";
        var stepOrder = testCase.TestSteps.Select(step => step.Id).ToList();
        var failedIndex = stepOrder.IndexOf(failed?.TestStepId ?? "");
        // The step's own exchange; an assertion step sends nothing, so then the last exchange before it.
        var exchange = attachments.Where(IsExchange).LastOrDefault(a => stepOrder.IndexOf(a.TestStepId ?? "") is var i && i >= 0 && i <= failedIndex);
        var message = failed is not null && MessageOf(failed.TestStepResult) is { Length: > 0 } text
            ? text
            : failed?.TestStepResult.Status == TestStepResultStatus.UNDEFINED
                ? "No step definition matches this step; `scim-conformance run --dry-run` prints a ready-to-paste snippet."
                : StatusOf(failed?.TestStepResult.Status);
        return new FailureReport(stepText, redactor.Redact(message), exchange is null ? null : Text(exchange));
    }

    // A skip the executor forced is in ScenarioSkips; one a step raised (a missing capability) carries its message.
    private static string SkipReason(List<TestStepFinished> results) =>
        results.Select(result => MessageOf(result.TestStepResult)).FirstOrDefault(message => !string.IsNullOrEmpty(message)) ?? "skipped";

    private static string? MessageOf(TestStepResult result) =>
        string.IsNullOrEmpty(result.Message) ? result.Exception?.Message : result.Message;

    private static string WorstStatus(List<TestStepFinished> results)
    {
        TestStepResultStatus[] severity =
        [
            TestStepResultStatus.FAILED, TestStepResultStatus.AMBIGUOUS, TestStepResultStatus.UNDEFINED,
            TestStepResultStatus.PENDING, TestStepResultStatus.UNKNOWN, TestStepResultStatus.SKIPPED,
        ];
        var statuses = results.Select(result => result.TestStepResult.Status).ToHashSet();
        return statuses.Count == 0 ? ScenarioReport.Skipped : StatusOf(severity.FirstOrDefault(statuses.Contains, TestStepResultStatus.PASSED));
    }

    private static string StatusOf(TestStepResultStatus? status) => (status ?? TestStepResultStatus.UNKNOWN).ToString().ToLowerInvariant();

    private static bool IsExchange(Attachment attachment) => attachment.MediaType == "text/plain";

    // A transcript was redacted when rendered; any other attachment is redacted here.
    private string Text(Attachment attachment) => TranscriptMessageFactory.TranscriptOf(attachment) ?? redactor.Redact(Decode(attachment));

    private static string Decode(Attachment attachment) => attachment.ContentEncoding == AttachmentContentEncoding.BASE64
        ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(attachment.Body))
        : attachment.Body;

    private static string? SourceLine(string? description) =>
        description?.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith("Source:", StringComparison.OrdinalIgnoreCase))?["Source:".Length..].Trim();

    private void IndexExampleRows(GherkinDocument document)
    {
        var scenarios = (document.Feature?.Children ?? [])
            .SelectMany(child => new[] { child.Scenario }.Concat((child.Rule?.Children ?? []).Select(ruleChild => ruleChild.Scenario)))
            .OfType<Scenario>();
        foreach (var row in scenarios.SelectMany(scenario => scenario.Examples).SelectMany(examples => examples.TableBody))
        {
            _exampleRows[row.Id] = row.Cells.Select(cell => cell.Value).ToList();
        }
    }

    private static List<T> ListOf<T>(Dictionary<string, List<T>> lists, string key) =>
        lists.TryGetValue(key, out var list) ? list : lists[key] = [];

    private static DateTimeOffset ToTime(Timestamp? timestamp) =>
        timestamp is null ? DateTimeOffset.UnixEpoch : DateTimeOffset.FromUnixTimeSeconds(timestamp.Seconds).AddTicks(timestamp.Nanos / 100);
}

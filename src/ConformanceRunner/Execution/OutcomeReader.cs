using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Execution;

/// <summary>Turns what Reqnroll left in the scenario context (status, error) into a <see cref="ScenarioOutcome"/>.</summary>
internal static class OutcomeReader
{
    public static ScenarioOutcome Read(ScenarioExecutionStatus status, Exception? collected, Exception? testError, TimeSpan duration, IReadOnlyList<HttpExchange> exchanges)
    {
        var error = collected ?? testError;
        return status switch
        {
            ScenarioExecutionStatus.OK when error is null => Outcome(ScenarioStatus.Passed, null),
            ScenarioExecutionStatus.UndefinedStep => Outcome(ScenarioStatus.Undefined, error?.Message),
            ScenarioExecutionStatus.BindingError when testError is AmbiguousBindingException ambiguous =>
                Outcome(ScenarioStatus.Ambiguous, ambiguous.Message, ambiguous.Matches.Select(Candidate).ToList()),
            ScenarioExecutionStatus.Skipped => Outcome(ScenarioStatus.Skipped, error?.Message),
            ScenarioExecutionStatus.StepDefinitionPending => Outcome(ScenarioStatus.Pending, error?.Message),
            _ => Outcome(ScenarioStatus.Failed, error?.Message ?? $"Scenario ended with status {status}"),
        };

        ScenarioOutcome Outcome(ScenarioStatus outcome, string? message, IReadOnlyList<string>? candidates = null) =>
            new(outcome, message, candidates ?? [], duration, exchanges);
    }

    private static string Candidate(Reqnroll.Bindings.BindingMatch match)
    {
        var method = match.StepBinding.Method;
        return $"{method.Type.Name}.{method.Name} (\"{match.StepBinding.SourceExpression}\")";
    }
}

namespace ConformanceRunner.Steps;

/// <summary>A target's response differs from what a feature states; the message says how.</summary>
public sealed class ConformanceAssertionException(string message) : Exception(message)
{
    // The message is the whole story; a stack trace into the step class only adds noise to the output.
    public override string? StackTrace => null;
}

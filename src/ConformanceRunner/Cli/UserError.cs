namespace ConformanceRunner.Cli;

/// <summary>A mistake in the user's input or environment: printed as one line saying what to fix, never a stack trace.</summary>
internal sealed class UserError(string message, int exitCode = ExitCodes.Usage) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

internal static class ExitCodes
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int Unreachable = 3;
}

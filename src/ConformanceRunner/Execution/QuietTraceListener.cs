using Reqnroll.Tracing;

namespace ConformanceRunner.Execution;

/// <summary>Reqnroll's default listener prints every step to stdout; the runner reports outcomes itself.</summary>
public sealed class QuietTraceListener : ITraceListener
{
    public void WriteTestOutput(string message)
    {
    }

    public void WriteToolOutput(string message)
    {
    }
}

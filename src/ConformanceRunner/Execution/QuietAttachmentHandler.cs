using Reqnroll.Infrastructure;

namespace ConformanceRunner.Execution;

/// <summary>
/// Where Reqnroll hands an attachment to "the test framework" (xunit's and NUnit's plugins register one). The runner has
/// no framework to forward it to: the attachment already went into the Cucumber message stream, which the reports read.
/// </summary>
public sealed class QuietAttachmentHandler : IReqnrollAttachmentHandler
{
    public void AddAttachment(string filePath)
    {
    }
}

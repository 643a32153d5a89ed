using System.Collections.Concurrent;
using HostileRequests;

namespace Fuzz;

/// <summary>What a soak run saw: answers by status, client-side refusals, and the first failures with their reproducers.</summary>
public sealed class SoakTally
{
    private const int MaxReproducers = 20;
    private int _sent;
    private int _failures;

    public ConcurrentDictionary<string, int> ByOutcome { get; } = new();

    public ConcurrentQueue<string> Reproducers { get; } = new();

    public int Sent => _sent;

    public int Failures => _failures;

    public void Count(string outcome)
    {
        Interlocked.Increment(ref _sent);
        ByOutcome.AddOrUpdate(outcome, 1, (_, n) => n + 1);
    }

    public void Fail(string problem, HostileRequest request, HostileAnswer answer)
    {
        if (Interlocked.Increment(ref _failures) <= MaxReproducers)
        {
            Reproducers.Enqueue($"{problem}\n{request.Reproducer()}answer: {answer.Status} {answer.MediaType} {answer.Body[..Math.Min(answer.Body.Length, 500)]}\n");
        }
    }
}

using System.Collections.Concurrent;
using Bogus;

namespace ConformanceRunner.Execution;

/// <summary>
/// Values a scenario does not pin, from Bogus seeded per scenario (run seed + scenario id): a run is replayed with its
/// seed, and a scenario's data does not depend on which worker ran it or in which order. Every value handed out is
/// remembered so snapshots can scrub it to a stable placeholder.
/// </summary>
public sealed class ScenarioData(int seed)
{
    // Only the names data set, not a whole Faker: a Faker builds every data set and compiles Hashids' regexes, and the
    // dynamic methods of those regexes, collected after each scenario, took a sixth of the suite's CPU (issue 11).
    private readonly Randomizer _random = new(seed);
    private Bogus.DataSets.Name? _names;
    private readonly ConcurrentQueue<string> _generated = new();

    public int Seed { get; } = seed;

    public IReadOnlyList<string> Generated => _generated.ToList();

    /// <summary>A valid Wire handle: lowercase a-z, 0-9, '.', '_' (wire-scim.md §4).</summary>
    public string UserName() =>
        Remember($"{Handle(Names.FirstName())}.{Handle(Names.LastName())}{_random.Number(10, 99)}");

    public string DisplayName() => Remember(Names.FullName());

    public string Email() => Remember($"{Handle(Names.FirstName())}.{_random.AlphaNumeric(6)}@example.com");

    // Steps of one scenario run one after another; created on first use (most scenarios never ask).
    private Bogus.DataSets.Name Names => _names ??= new Bogus.DataSets.Name { Random = _random };

    private static string Handle(string name) =>
        new(name.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')).ToArray());

    private string Remember(string value)
    {
        _generated.Enqueue(value);
        return value;
    }
}

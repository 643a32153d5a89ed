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
    // Created on first use: a Faker builds every data set up front, which costs more than most scenarios' HTTP calls.
    private readonly Lazy<Faker> _faker = new(() => new Faker { Random = new Randomizer(seed) });
    private readonly ConcurrentQueue<string> _generated = new();

    public int Seed { get; } = seed;

    public IReadOnlyList<string> Generated => _generated.ToList();

    /// <summary>A valid Wire handle: lowercase a-z, 0-9, '.', '_' (wire-scim.md §4).</summary>
    public string UserName() =>
        Remember($"{Handle(Faker.Name.FirstName())}.{Handle(Faker.Name.LastName())}{Faker.Random.Number(10, 99)}");

    public string DisplayName() => Remember(Faker.Name.FullName());

    public string Email() => Remember($"{Handle(Faker.Name.FirstName())}.{Faker.Random.AlphaNumeric(6)}@example.com");

    private Faker Faker => _faker.Value;

    private static string Handle(string name) =>
        new(name.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')).ToArray());

    private string Remember(string value)
    {
        _generated.Enqueue(value);
        return value;
    }
}

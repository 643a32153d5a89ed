using ConformanceRunner.Targets;

namespace ConformanceRunner.Tests.SelfTesting;

/// <summary>
/// The suite proves itself: each fault of the mock, switched on alone, makes a scenario tagged with its rule fail.
/// A rule added without a scenario that catches it, or a scenario weakened until it no longer does, fails here.
/// </summary>
public sealed class FaultKillingTests(BrokenMockRuns runs) : IClassFixture<BrokenMockRuns>
{
    public static TheoryData<string> Faults() => new(InMemoryMockTarget.Faults.Select(fault => fault.RuleId));

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_scenario_tagged_with_the_rule_fails_against_the_mock_that_breaks_it(string ruleId)
    {
        var verdict = await runs.VerdictAsync(ruleId);

        verdict.Results.Should().NotBeEmpty($"a scenario tagged @{ruleId} must face the fault \"{verdict.Fault.Description}\"");
        verdict.Killed.Should().BeTrue(
            $"the mock that {verdict.Fault.Description} should fail a scenario tagged @{ruleId}, but these passed:\n"
            + string.Join("\n", verdict.Results.Select(r => "  " + r.Scenario.DisplayName)));
    }
}

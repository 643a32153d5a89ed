using ConformanceRunner.Cli;
using ConformanceRunner.Tests.Reliability;
using MockWireServer;

namespace ConformanceRunner.Tests.Targets;

/// <summary><c>run --mock-url</c>: the catalogue, <c>@mock-only</c> included, against a mock listening on a port.</summary>
public sealed class NetworkMockTargetTests
{
    private const string ControlToken = "control-token-for-the-test";

    private const string Features = """
        Feature: the mock over the network
          Background:
            Given a team provisioned by SCIM with email invitations

          Scenario: creates a user
            When the client creates a user with userName "net.user"
            Then the user is created

          @mock-only
          Scenario: accepts the invitation through the control plane
            Given a user with userName "invited.user" exists
            When the user accepts the invitation
        """;

    [Fact]
    public async Task The_whole_selection_runs_with_the_control_token_sent_on_mock_requests_only()
    {
        await using var mock = await ChaoticMock.StartAsync(new MockWireOptions { ControlToken = ControlToken });
        using var features = new TemporaryFeatures().With("net.feature", Features);
        var reports = Path.Combine(features.Root, "reports");

        var exitCode = await ConformanceCli.InvokeAsync(
            ["run", "--features", features.Root, "--mock-url", mock.Root.ToString(), "--control-token", ControlToken, "--report-dir", reports, "--format", "junit"]);

        exitCode.Should().Be(ExitCodes.Passed);
        var junit = File.ReadAllText(Path.Combine(reports, "junit.xml"));
        junit.Should().Contain("tests=\"2\"").And.Contain("failures=\"0\"").And.Contain("skipped=\"0\"");
        junit.Should().NotContain(ControlToken);
    }

    [Fact]
    public async Task A_second_run_with_the_same_seed_passes_although_the_first_left_its_short_handle_taken()
    {
        // A 2-character handle cannot carry the run's prefix, and handles are unique across the whole mock: the teams of
        // earlier runs keep theirs (seen in bench/suite.sh, about one run in twenty-five against one long-lived mock).
        const string Feature = """
            Feature: short handles
              Background:
                Given a team provisioned by SCIM with email invitations

              Scenario: a userName of 2 characters is accepted
                When the client creates a user with a userName of 2 characters
                Then the user is created
                And the user's userName is the 2 characters sent
            """;
        await using var mock = await ChaoticMock.StartAsync(new MockWireOptions { ControlToken = ControlToken });
        using var features = new TemporaryFeatures().With("short.feature", Feature);
        string[] args = ["run", "--features", features.Root, "--mock-url", mock.Root.ToString(), "--control-token", ControlToken, "--seed", "7", "--format", "none"];

        (await ConformanceCli.InvokeAsync(args)).Should().Be(ExitCodes.Passed);
        (await ConformanceCli.InvokeAsync(args)).Should().Be(ExitCodes.Passed);
        mock.HandlesInAnyTeam().Where(handle => handle.Length == 2).Should().HaveCount(2).And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData(null, ExitCodes.Usage)]
    [InlineData("wrong-token", ExitCodes.Usage)]
    public async Task A_mock_that_refuses_the_control_token_is_one_usage_error_before_any_scenario(string? token, int exitCode)
    {
        await using var mock = await ChaoticMock.StartAsync(new MockWireOptions { ControlToken = ControlToken });
        using var features = new TemporaryFeatures().With("net.feature", Features);
        string[] args = ["run", "--features", features.Root, "--mock-url", mock.Root.ToString(), "--format", "none"];

        (await ConformanceCli.InvokeAsync(token is null ? args : [.. args, "--control-token", token])).Should().Be(exitCode);
        mock.Holdings().Users.Should().ContainSingle("only the user the fixture made: no scenario ran");
    }
}

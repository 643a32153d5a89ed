using ConformanceRunner.Cli;

namespace ConformanceRunner.Tests.Cli;

/// <summary><c>--break</c> and <c>selftest --fault</c>: the embedded mock broken on purpose, from the command line.</summary>
public sealed class BreakOptionTests
{
    [Theory]
    [InlineData("run", "--break", "wire.no-such-rule")]
    [InlineData("serve", "--break", "wire.no-such-rule")]
    [InlineData("selftest", "--fault", "wire.no-such-rule")]
    [InlineData("run", "--break", "wire.handle.charset", "--target", "http://127.0.0.1:1/scim/v2", "--token", "t")]
    public async Task An_unknown_rule_or_a_live_target_is_a_usage_error(params string[] args)
    {
        (await ConformanceCli.InvokeAsync(args)).Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public async Task A_run_against_a_mock_that_answers_200_to_a_create_fails()
    {
        var args = new[] { "run", "--features", RepositoryPaths.Features, "--feature", "rfc7644/create.feature", "--break", "rfc7644.3.3", "--format", "none" };

        (await ConformanceCli.InvokeAsync(args)).Should().Be(ExitCodes.Failed);
    }
}

using ConformanceRunner.Cli;
using ConformanceRunner.Targets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using MockWireServer;

namespace ConformanceRunner.Tests.Cli;

public sealed class FirstRequestTests
{
    [Fact]
    public async Task A_token_the_target_rejects_stops_the_run_with_a_usage_error_that_names_the_option()
    {
        await using var mock = MockWireApp.Create(new MockWireOptions(), builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
        });
        await mock.StartAsync(TestContext.Current.CancellationToken);
        var options = new LiveTargetOptions(new Uri("http://localhost/scim/v2"), "not-a-token", Transport: mock.GetTestServer().CreateHandler());

        var probe = () => TargetChoice.ProbeAsync(options, TestContext.Current.CancellationToken);

        var error = (await probe.Should().ThrowAsync<UserError>()).Which;
        error.ExitCode.Should().Be(ExitCodes.Usage);
        error.Message.Should().Contain("rejected the token (401)").And.Contain("--token").And.NotContain("not-a-token");
    }

    [Fact]
    public async Task A_target_nobody_listens_on_stops_the_run_with_one_line_that_says_so()
    {
        // A port that was free a moment ago: nothing listens on it.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = TargetChoice.LiveOptions($"http://127.0.0.1:{port}/scim/v2", "a-token", null, null, null, TimeSpan.FromSeconds(5))!;

        var probe = () => TargetChoice.ProbeAsync(options, TestContext.Current.CancellationToken);

        var error = (await probe.Should().ThrowAsync<UserError>()).Which;
        error.ExitCode.Should().Be(ExitCodes.Unreachable);
        error.Message.Should().StartWith($"Cannot reach http://127.0.0.1:{port}/scim/v2: could not connect (").And.Contain("refused");
    }

    [Fact]
    public async Task A_feature_that_does_not_parse_is_a_usage_error()
    {
        var folder = Path.Combine(Path.GetTempPath(), "scim-conformance-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.feature"), "this is not Gherkin\nFeature: broken\n", TestContext.Current.CancellationToken);
        try
        {
            (await ConformanceCli.InvokeAsync(["list", "--features", folder])).Should().Be(ExitCodes.Usage);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

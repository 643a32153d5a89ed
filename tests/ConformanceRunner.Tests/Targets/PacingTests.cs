using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using ConformanceRunner.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConformanceRunner.Tests.Targets;

/// <summary><c>--max-rps</c> measured where it matters: at a real server on the loopback interface.</summary>
public sealed class PacingTests
{
    private const int MaxRps = 10;

    [Fact]
    public async Task The_whole_run_across_parallel_workers_stays_within_max_rps_and_the_report_says_so()
    {
        var arrivals = new ConcurrentQueue<long>();
        await using var server = await StartRecordingServerAsync(arrivals);
        // 4 scenarios x 4 requests on 4 workers, plus the probe before the run: 17 requests, a bounded count.
        var steps = string.Concat(Enumerable.Repeat("      When the client sends GET \"/Users?filter=userName%20eq%20%22x%22\"\n", 4));
        var rows = string.Join("\n", Enumerable.Range(1, 4).Select(i => $"        | {i} |"));
        using var features = new TemporaryFeatures().With("paced/paced.feature", $"""
            Feature: paced
              Scenario Outline: burst <n>
                Given a team provisioned by SCIM with email invitations
            {steps}
                Examples:
                  | n |
            {rows}
            """);
        var reports = Path.Combine(features.Root, "reports");

        var exit = await ConformanceCli.InvokeAsync([
            "run", "--features", features.Root, "--target", server.Url + "scim/v2", "--token", "pacing-test-token",
            "--parallel", "4", "--max-rps", MaxRps.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--report-dir", reports,
        ]);

        exit.Should().Be(ExitCodes.Passed);
        var times = arrivals.Select(ticks => ticks / (double)Stopwatch.Frequency).Order().ToList();
        times.Should().HaveCount(17);
        // Requests leave at least 1/MaxRps s apart, so the k-th arrival comes no sooner than k slots after the first
        // (a request delayed on its way can only arrive later, never earlier; 30 ms for the first one's own latency).
        var slot = 1.0 / MaxRps;
        var early = times.Select((t, k) => (k, gap: t - times[0])).Where(a => a.gap < (a.k * slot) - 0.03).ToList();
        early.Should().BeEmpty($"arrivals (s after the first): {string.Join(", ", times.Select(t => (t - times[0]).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)))}");
        JsonNode.Parse(File.ReadAllText(Path.Combine(reports, "results.json")))!["pacing"]!["maxRequestsPerSecond"]!.GetValue<int>().Should().Be(MaxRps);
    }

    private static async Task<RecordingServer> StartRecordingServerAsync(ConcurrentQueue<long> arrivals)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        // Every request is an empty SCIM list: enough for the probe and for the scenario's GETs.
        app.Run(async context =>
        {
            arrivals.Enqueue(Stopwatch.GetTimestamp());
            context.Response.ContentType = "application/scim+json";
            await context.Response.WriteAsync("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,"Resources":[]}""");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RecordingServer(app, address.TrimEnd('/') + "/");
    }

    private sealed record RecordingServer(WebApplication App, string Url) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}

using ConformanceRunner.Execution;
using ConformanceRunner.Features;
using ConformanceRunner.Targets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockWireServer;
using MockWireServer.Hosting;

namespace ConformanceRunner.Tests.Reporting;

/// <summary>
/// One run of a small feature folder with every report format enabled, against the mock reached as a live target
/// (so the SCIM token is known and must not appear anywhere). Shared by the report tests; the run happens once.
/// </summary>
public sealed class ReportRun : IAsyncLifetime
{
    public const string FailingScenario = "a request carrying secrets is answered with a teapot";
    public const string SkippedScenario = "an invitation is accepted in the mock";
    public const string Password = "hunter2-password-value";

    /// <summary>
    /// A known secret in a scenario's name, which no step redacts: only the reports' own last pass can mask it. It holds
    /// characters the formats escape (JSON '+' as \u002B, XML '&lt;', Markdown '\*'), which hid it from a pass over the
    /// finished text.
    /// </summary>
    public const string NamedSecret = "kx+9/Named<Secret>*=";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "scim-conformance-tests", Guid.NewGuid().ToString("n"));

    public string ReportDir => Path.Combine(_root, "reports");

    public string Token { get; private set; } = "";

    public IReadOnlyList<ScenarioResult> Results { get; private set; } = [];

    /// <summary>A report's text with its base64 attachments (the Cucumber formats embed them so) decoded and appended.</summary>
    public string Read(string file)
    {
        var text = File.ReadAllText(Path.Combine(ReportDir, file));
        var attachments = System.Text.RegularExpressions.Regex.Matches(text, "\"body\":\"([A-Za-z0-9+/=]{16,})\"")
            .Select(match => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(match.Groups[1].Value)));
        return string.Join("\n", attachments.Prepend(text));
    }

    public async ValueTask InitializeAsync()
    {
        await using var mock = MockWireApp.Create(new MockWireOptions(), builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
        });
        await mock.StartAsync();
        Token = mock.Services.GetRequiredService<ReadyTeam>().Create().EmailModeToken;

        var features = Path.Combine(_root, "features", "reports");
        Directory.CreateDirectory(features);
        await File.WriteAllTextAsync(Path.Combine(features, "secrets.feature"), $$""""
            @reports.secrets
            Feature: reports never show secrets
              Source: issue 10.

              Background:
                Given a team provisioned by SCIM with email invitations

              @reports.secrets.body @must
              Scenario: {{FailingScenario}}
                When the client sends POST "/Users" with body:
                  """
                  {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"redact.me","password":"{{Password}}","note":"Bearer {{Token}}"}
                  """
                Then the response status is 418

              @reports.secrets.read @should @divergence
              Scenario: a user that does not exist is not found
                When the client sends GET "/Users/00000000-0000-0000-0000-000000000000"
                Then the response status is 404

              @reports.secrets.name @should @divergence
              Scenario: a scenario named after {{NamedSecret}} is reported without it
                When the client sends GET "/Users/00000000-0000-0000-0000-000000000000"
                Then the response status is 404

              @reports.secrets.mock @mock-only @may
              Scenario: {{SkippedScenario}}
                When the client sends GET "/Users"
            """");

        var formats = new[] { "html", "message", "junit", "markdown", "json" };
        var settings = new RunSettings
        {
            Seed = 42,
            Parallelism = 2,
            Secrets = [Token, NamedSecret],
            ReportFiles = formats.ToDictionary(f => f, f => Path.Combine(ReportDir, f switch
            {
                "html" => "cucumber.html",
                "message" => "cucumber.ndjson",
                "junit" => "junit.xml",
                "markdown" => "summary.md",
                _ => "results.json",
            })),
        };
        var target = new LiveTarget(new LiveTargetOptions(new Uri("http://localhost/scim/v2"), Token, Transport: mock.GetTestServer().CreateHandler()));
        await using (target)
        {
            await using var run = await ConformanceRun.StartAsync(target, settings);
            Results = await run.RunAllAsync(FeatureLoader.LoadScenarios(Path.Combine(_root, "features")));
        }

        await mock.StopAsync();
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return ValueTask.CompletedTask;
    }
}

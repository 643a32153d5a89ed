using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockWireServer.Grading;

namespace MockWireServer.Tests.Grading;

/// <summary>GET/POST/DELETE /mock/client-report, profiles, bounds, and the promise that grading never changes an answer.</summary>
public sealed class ClientReportEndpointTests
{
    [Fact]
    public async Task The_report_is_JSON_with_exactly_the_fields_the_issue_names()
    {
        await using var mock = await GradedMock.StartAsync();
        (await mock.SendAsync("GET", "/scim/v2/Users")).Dispose();

        var report = await mock.ReportAsync();
        Names(report).Should().Equal("requests", "findings");
        report.GetProperty("requests").GetInt64().Should().Be(1);
        var finding = report.GetProperty("findings")[0];
        Names(finding).Should().Equal("ruleId", "severity", "message", "fix", "request", "response");
        Names(finding.GetProperty("request")).Should().Equal("method", "path", "at");
        Names(finding.GetProperty("response")).Should().Equal("status");
        finding.GetProperty("severity").GetString().Should().Be("error");
        finding.GetProperty("request").GetProperty("path").GetString().Should().Be("/scim/v2/Users");
        finding.GetProperty("request").GetProperty("at").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        finding.GetProperty("response").GetProperty("status").GetInt32().Should().Be(400);
    }

    [Fact]
    public async Task The_report_is_a_page_for_a_browser()
    {
        await using var mock = await GradedMock.StartAsync();
        (await mock.SendAsync("POST", "/scim/v2/Users", """{"userName":"<script>","externalId":"a@b.c"}""")).Dispose();

        var request = new HttpRequestMessage(HttpMethod.Get, "/mock/client-report");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await mock.Http.SendAsync(request, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("client.username.charset").And.Contain("&lt;script&gt;").And.NotContain("<script>");
    }

    [Fact]
    public async Task The_admin_and_the_control_plane_are_not_graded()
    {
        await using var mock = await GradedMock.StartAsync();
        (await mock.Http.PostAsync("/login", new StringContent("{}", Encoding.UTF8, "application/json"), Ct)).Dispose();
        (await mock.Http.GetAsync("/v8/scim/auth-tokens", Ct)).Dispose();
        (await mock.Http.GetAsync("/mock/faults", Ct)).Dispose();

        (await mock.ReportAsync()).GetProperty("requests").GetInt64().Should().Be(0);
    }

    [Fact]
    public async Task Writing_on_demand_puts_JUnit_HTML_and_Markdown_in_the_directory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "client-report-" + Guid.NewGuid().ToString("N"));
        await using var mock = await GradedMock.StartAsync("entra");
        (await mock.SendAsync("GET", "/scim/v2/v2/Users")).Dispose();

        using var response = await mock.Http.PostAsync("/mock/client-report/write", new StringContent(JsonSerializer.Serialize(new { dir }), Encoding.UTF8, "application/json"), Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK);

        var junit = await File.ReadAllTextAsync(Path.Combine(dir, "client-report.junit.xml"), Ct);
        junit.Should().Contain("<testsuite name=\"SCIM client (entra)\"").And.Contain("failures=\"1\"").And.Contain("client.base-url.doubled-v2");
        (await File.ReadAllTextAsync(Path.Combine(dir, "client-report.md"), Ct)).Should().Contain("| `client.base-url.doubled-v2` ").And.Contain("| failed | 1 |");
        (await File.ReadAllTextAsync(Path.Combine(dir, "client-report.html"), Ct)).Should().Contain("client.base-url.doubled-v2");
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Writing_on_demand_defaults_to_the_configured_directory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "client-report-" + Guid.NewGuid().ToString("N"));
        await using (var mock = await GradedMock.StartAsync(configure: o => o.ReportDir = dir))
        {
            using var response = await mock.Http.PostAsync("/mock/client-report/write", null, Ct);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            Directory.GetFiles(dir).Select(Path.GetFileName).Should().BeEquivalentTo("client-report.junit.xml", "client-report.html", "client-report.md");
        }

        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Writing_without_a_directory_is_refused()
    {
        await using var mock = await GradedMock.StartAsync();
        using var response = await mock.Http.PostAsync("/mock/client-report/write", null, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Clearing_starts_a_new_report()
    {
        await using var mock = await GradedMock.StartAsync();
        (await mock.SendAsync("GET", "/scim/v2/Users")).Dispose();
        (await mock.Http.DeleteAsync("/mock/client-report", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var report = await mock.ReportAsync();
        report.GetProperty("requests").GetInt64().Should().Be(0);
        report.GetProperty("findings").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Findings_beyond_the_bound_are_counted_not_kept()
    {
        await using var mock = await GradedMock.StartAsync(configure: o => o.MaxFindings = 3);
        for (var i = 0; i < 5; i++)
        {
            (await mock.SendAsync("GET", "/scim/v2/Users")).Dispose();
        }

        var report = mock.Services.GetRequiredService<ClientGrader>().Report();
        report.Requests.Should().Be(5);
        report.Findings.Should().HaveCount(3);
        report.Dropped.Should().Be(2);
    }

    [Fact]
    public void An_unknown_profile_stops_the_mock_from_starting()
    {
        var create = () => MockWireApp.Create(new MockWireOptions { ClientProfile = "azure" }, b =>
        {
            b.WebHost.UseTestServer();
            b.Logging.ClearProviders();
        });
        create.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*generic, entra, entra-aadoptscim062020, okta*");
    }

    [Fact]
    public async Task Grading_does_not_change_what_the_mock_answers()
    {
        var graded = await AnswersAsync(grade: true);
        var ungraded = await AnswersAsync(grade: false);
        graded.Should().Equal(ungraded);
    }

    /// <summary>Status, content type and body of requests whose answers hold no generated ids or times.</summary>
    private static async Task<List<string>> AnswersAsync(bool grade)
    {
        await using var mock = await GradedMock.StartAsync(configure: o => o.GradeClient = grade);
        var answers = new List<string>();
        foreach (var (method, path, body, type) in new (string, string, string?, string)[]
        {
            ("GET", "/scim/v2/Users", null, "application/scim+json"),
            ("GET", "/scim/v2/Users?filter=userName%20eq%20%22nobody%22", null, "application/scim+json"),
            ("GET", "/scim/v2/v2/Users", null, "application/scim+json"),
            ("GET", "/scim/v2/ServiceProviderConfig", null, "application/scim+json"),
            ("POST", "/scim/v2/Users", """{"userName":"Ada@x","externalId":"a@b.c"}""", "application/scim+json"),
            ("POST", "/scim/v2/Users", "{}", "text/plain"),
            ("PATCH", $"/scim/v2/Users/{Guid.NewGuid()}", """{"Operations":[]}""", "application/scim+json"),
            ("PATCH", $"/scim/v2/Groups/{Guid.Empty}", """{"Operations":[]}""", "application/scim+json"),
        })
        {
            using var response = await mock.SendAsync(method, path, body, type);
            answers.Add($"{(int)response.StatusCode} {response.Content.Headers.ContentType} {await response.Content.ReadAsStringAsync(Ct)}");
        }

        return answers;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}

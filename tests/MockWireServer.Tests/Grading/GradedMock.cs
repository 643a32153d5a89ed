using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockWireServer.Hosting;

namespace MockWireServer.Tests.Grading;

/// <summary>The mock in memory with grading on, a ready team and a client speaking with one of its tokens.</summary>
public sealed class GradedMock : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GradedMock(WebApplication app, HttpClient http, ReadyTeam.Credentials team)
    {
        _app = app;
        Http = http;
        Team = team;
    }

    public HttpClient Http { get; }

    public ReadyTeam.Credentials Team { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<GradedMock> StartAsync(string profile = "generic", bool samlMode = false, Action<MockWireOptions>? configure = null)
    {
        var options = new MockWireOptions { ClientProfile = profile };
        configure?.Invoke(options);
        var app = MockWireApp.Create(options, b =>
        {
            b.WebHost.UseTestServer();
            b.Logging.ClearProviders();
        });
        await app.StartAsync();
        var team = app.Services.GetRequiredService<ReadyTeam>().Create();
        var http = app.GetTestClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", samlMode ? team.SamlModeToken : team.EmailModeToken);
        return new GradedMock(app, http, team);
    }

    public Task<HttpResponseMessage> SendAsync(string method, string path, string? json = null, string contentType = "application/scim+json")
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return Http.SendAsync(request);
    }

    /// <summary>Sends and returns the created/returned resource's id (for the next steps of a replay).</summary>
    public async Task<string> SendForIdAsync(string method, string path, string json)
    {
        using var response = await SendAsync(method, path, json);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    public async Task<JsonElement> ReportAsync()
    {
        using var response = await Http.GetAsync("/mock/client-report");
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The findings as "severity ruleId METHOD status" lines, in the order they were made.</summary>
    public async Task<IReadOnlyList<string>> FindingLinesAsync()
    {
        var report = await ReportAsync();
        return [.. report.GetProperty("findings").EnumerateArray().Select(f =>
            $"{f.GetProperty("severity").GetString()} {f.GetProperty("ruleId").GetString()} {f.GetProperty("request").GetProperty("method").GetString()} {f.GetProperty("response").GetProperty("status").GetInt32()}")];
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}

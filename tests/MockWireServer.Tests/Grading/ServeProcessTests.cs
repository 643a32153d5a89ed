using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace MockWireServer.Tests.Grading;

/// <summary>
/// The mock as a real process on a loopback port, graded, stopped with SIGTERM: the report files must be on disk.
/// This is what <c>scim-conformance serve</c> does, minus the command line.
/// </summary>
public sealed class ServeProcessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_mock_stopped_with_SIGTERM_writes_the_client_report()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "SIGTERM is a POSIX signal");
        var reportDir = Path.Combine(Path.GetTempPath(), "client-report-" + Guid.NewGuid().ToString("N"));
        var port = FreeLoopbackPort();
        using var mock = StartMock(port, reportDir);
        try
        {
            var token = await ReadEmailModeTokenAsync(mock);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            using (var created = await http.PostAsync("/scim/v2/Users", Scim("""{"userName":"Ada.L","externalId":"ada@example.com"}"""), Ct))
            {
                created.StatusCode.Should().Be(HttpStatusCode.Created);
            }

            (await http.GetAsync("/scim/v2/v2/Users", Ct)).Dispose();
            var live = JsonDocument.Parse(await http.GetStringAsync("/mock/client-report", Ct)).RootElement;
            live.GetProperty("requests").GetInt32().Should().Be(2);

            await TerminateAsync(mock);
        }
        finally
        {
            if (!mock.HasExited)
            {
                mock.Kill();
            }
        }

        mock.ExitCode.Should().Be(0);
        var junit = await File.ReadAllTextAsync(Path.Combine(reportDir, "client-report.junit.xml"), Ct);
        junit.Should().Contain("<testsuite name=\"SCIM client (entra)\"").And.Contain("failures=\"1\"");
        var markdown = await File.ReadAllTextAsync(Path.Combine(reportDir, "client-report.md"), Ct);
        markdown.Should().Contain("Profile `entra`, 2 request(s) graded: 1 error(s), 2 warning(s), 0 info.")
            .And.Contain("**warning** `client.username.uppercase`: `POST /scim/v2/Users` → 201")
            .And.Contain("**error** `client.base-url.doubled-v2`: `GET /scim/v2/v2/Users` → 404");
        (await File.ReadAllTextAsync(Path.Combine(reportDir, "client-report.html"), Ct)).Should().Contain("client.username.uppercase");
        Directory.Delete(reportDir, recursive: true);
    }

    /// <summary>The mock's own build output sits beside the tests (a project reference copies the dll, deps and runtimeconfig).</summary>
    private static Process StartMock(int port, string reportDir)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MockWireServer.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in new[] { dll, "--urls", $"http://127.0.0.1:{port}", "--MockWire:ClientProfile=entra", $"--MockWire:ReportDir={reportDir}" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return Process.Start(start)!;
    }

    /// <summary>Reads the start-up banner until the email-mode token appears: the server is listening by then.</summary>
    private static async Task<string> ReadEmailModeTokenAsync(Process mock)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var banner = new StringBuilder();
        while (await mock.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            banner.AppendLine(line);
            if (line.Contains("Token (email invitations):", StringComparison.Ordinal))
            {
                return line[(line.LastIndexOf(' ') + 1)..];
            }
        }

        throw new InvalidOperationException($"The mock exited before it was ready:\n{banner}\n{await mock.StandardError.ReadToEndAsync(Ct)}");
    }

    private static async Task TerminateAsync(Process mock)
    {
        using (var kill = Process.Start("/bin/kill", ["-TERM", mock.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(Ct);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await mock.WaitForExitAsync(timeout.Token);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static StringContent Scim(string json) =>
        new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/scim+json"));
}

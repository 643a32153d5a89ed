using System.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MockWireServer;
using MockWireServer.Hosting;

namespace ConformanceRunner.Cli;

/// <summary><c>serve</c>: the mock on a loopback port, with a ready team and tokens, for a SCIM client or a live-target run.</summary>
internal static class ServeCommand
{
    private static readonly Option<int> Port = new("--port") { Description = "Port to listen on (0: any free port)", DefaultValueFactory = _ => 8080 };

    private static readonly Option<string> Host = new("--host") { Description = "Address to bind; loopback by default", DefaultValueFactory = _ => "127.0.0.1" };

    private static readonly Option<string> ReportDir = new("--report-dir") { Description = "Where the client-grading reports (JUnit, HTML, Markdown) are written on stop", DefaultValueFactory = _ => "reports/client" };

    private static readonly Option<string> ClientProfile = new("--client-profile")
    {
        Description = "The SCIM client you connect, so its known quirks are graded as expected: " + string.Join(", ", MockWireServer.Grading.ClientProfiles.All.Select(p => p.Name)),
        DefaultValueFactory = _ => "generic",
    };

    private static readonly Option<string?> Chaos = new("--chaos")
    {
        Description = "Make the mock a faulty server for testing clients, e.g. latency=50ms,error-rate=0.05,drop=0.01,rate-limit=20[,seed=42]; changeable later with PUT /mock/chaos",
        HelpName = "settings",
    };

    private static readonly Option<string?> ControlToken = new("--control-token")
    {
        Description = "Require this token (header X-Mock-Control-Token) on /mock/*; generated and printed when --host is not loopback and none is given",
    };

    private static readonly Option<string[]> Break = BreakOption.Create("--break", "Switch on the mock's faults for these rule ids, comma-separated (GET /mock/faults lists them)");

    public static Command Create()
    {
        var command = new Command("serve", "Start the mock Wire SCIM server, print its URLs and a ready token, and grade the SCIM client that connects.") { Port, Host, ReportDir, ClientProfile, Chaos, ControlToken, Break };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var port = parse.GetValue(Port);
            if (port is < 0 or > 65535)
            {
                throw new UserError("--port must be between 0 and 65535.");
            }

            var host = parse.GetValue(Host)!;
            var profile = parse.GetValue(ClientProfile)!;
            if (MockWireServer.Grading.ClientProfiles.Find(profile) is null)
            {
                throw new UserError($"Unknown --client-profile '{profile}': use one of {string.Join(", ", MockWireServer.Grading.ClientProfiles.All.Select(p => p.Name))}.");
            }

            if (!System.Net.IPAddress.TryParse(host, out var bind))
            {
                throw new UserError($"--host must be an IP address, not '{host}'.");
            }

            if (!System.Net.IPAddress.IsLoopback(bind))
            {
                Console.Error.WriteLine($"warning: the mock listens on {host}, reachable from other machines; its tokens and control plane are for testing only.");
            }

            var broken = BreakOption.RuleIds(parse, Break);
            var chaos = parse.GetValue(Chaos);
            if (ChaosSettings.Parse(chaos).Error is { } chaosError)
            {
                throw new UserError("--chaos: " + chaosError);
            }

            var options = new MockWireOptions
            {
                ClientProfile = profile,
                ReportDir = Path.GetFullPath(parse.GetValue(ReportDir)!),
                Break = string.Join(',', broken),
                Chaos = chaos,
                ControlToken = parse.GetValue(ControlToken),
            };
            await using var app = MockWireApp.Create(options, builder =>
            {
                builder.WebHost.UseUrls($"http://{(bind.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{host}]" : host)}:{port}");
                builder.Logging.ClearProviders();
            });
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException exception)
            {
                throw new UserError($"Cannot listen on {host}:{port}: {exception.Message} (choose another --port)");
            }

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? $"http://127.0.0.1:{port}";
            var ready = app.Services.GetRequiredService<ReadyTeam>().Create();
            var effective = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MockWireOptions>>().Value;
            var controlHeader = effective.ControlToken is { } controlToken ? $" (header X-Mock-Control-Token: {controlToken})" : "";
            var controlArgument = effective.ControlToken is null ? "" : " --control-token <the control token>";
            Console.Out.WriteLine($"""
                Mock Wire SCIM server listening on {address} (Ctrl+C to stop){(broken.Count > 0 ? ", breaking " + string.Join(", ", broken) : "")}
                  SCIM base URL:             {address}/scim/v2   (or {address}/scim for clients that append /v2)
                  Token (email invitations): {ready.EmailModeToken}
                  Token (SAML SSO):          {ready.SamlModeToken}
                  Team admin:                {ready.AdminEmail} / {ready.AdminPassword}
                  Control plane:             {address}/mock{controlHeader} (OpenAPI: {address}/mock/openapi.json)
                  Chaos:                     {ChaosSettings.Parse(effective.Chaos).Settings!.Text()} (change with PUT {address}/mock/chaos)
                  Client grading ({profile}):  {address}/mock/client-report; reports written to {options.ReportDir} on stop
                Run the suite against it:
                  scim-conformance run --mock-url {address}{controlArgument}          (every scenario, a team each)
                  SCIM_TOKEN={ready.EmailModeToken} scim-conformance run --target {address}/scim/v2   (as any SCIM server)
                """);
            try
            {
                await app.WaitForShutdownAsync(cancellationToken);
            }
            finally
            {
                // Stopping raises ApplicationStopping, which writes the client-grading reports.
                await app.StopAsync(CancellationToken.None);
            }

            return ExitCodes.Passed;
        });
        return command;
    }
}

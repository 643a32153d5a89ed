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
    private static readonly Option<int> Port = new("--port") { Description = "Loopback port to listen on (0: any free port)", DefaultValueFactory = _ => 8080 };
    private static readonly Option<string[]> Break = BreakOption.Create("--break", "Switch on the mock's faults for these rule ids, comma-separated (GET /mock/faults lists them)");

    public static Command Create()
    {
        var command = new Command("serve", "Start the mock Wire SCIM server on 127.0.0.1 and print its URLs and a ready token.") { Port, Break };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var port = parse.GetValue(Port);
            if (port is < 0 or > 65535)
            {
                throw new UserError("--port must be between 0 and 65535.");
            }

            var broken = BreakOption.RuleIds(parse, Break);
            await using var app = MockWireApp.Create(new MockWireOptions { Break = string.Join(',', broken) }, builder =>
            {
                builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
                builder.Logging.ClearProviders();
            });
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException exception)
            {
                throw new UserError($"Cannot listen on 127.0.0.1:{port}: {exception.Message} (choose another --port)");
            }

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? $"http://127.0.0.1:{port}";
            var ready = app.Services.GetRequiredService<ReadyTeam>().Create();
            Console.Out.WriteLine($"""
                Mock Wire SCIM server listening on {address} (Ctrl+C to stop){(broken.Count > 0 ? ", breaking " + string.Join(", ", broken) : "")}
                  SCIM base URL:             {address}/scim/v2
                  Token (email invitations): {ready.EmailModeToken}
                  Token (SAML SSO):          {ready.SamlModeToken}
                  Team admin:                {ready.AdminEmail} / {ready.AdminPassword}
                  Control plane:             {address}/mock (OpenAPI: {address}/mock/openapi.json)
                Run the suite against it:
                  SCIM_TOKEN={ready.EmailModeToken} scim-conformance run --target {address}/scim/v2
                """);
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Passed;
        });
        return command;
    }
}

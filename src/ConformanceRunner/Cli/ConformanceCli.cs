using System.CommandLine;

namespace ConformanceRunner.Cli;

/// <summary>The <c>scim-conformance</c> command line: commands, parsing errors as exit code 2, user errors as one line.</summary>
internal static class ConformanceCli
{
    private const string Examples = """

        Examples:
          scim-conformance run                                      every feature against the embedded mock; reports in reports/
          scim-conformance run --target https://staging.example.com/scim/v2 --tags "@must and not @mock-only"
                                                                    a live endpoint (token from $SCIM_TOKEN)
          scim-conformance run --feature "rfc7644/*.feature" --shard 1/4 --format junit,markdown
          scim-conformance run --dry-run                            check that every step binds
          scim-conformance run --profile core --baseline conformance-baseline.json
                                                                    fail only on failures the baseline does not accept
          scim-conformance baseline update --baseline conformance-baseline.json
                                                                    write today's failures as the accepted ones
          scim-conformance list --profiles                          the named selections and their scenario counts
          scim-conformance list --tags @divergence                  the scenarios a run would execute
          scim-conformance accept                                   promote received snapshots after reading them
          scim-conformance steps                                    the step vocabulary for writing features
          scim-conformance serve --port 8080                        the mock on a port, with a ready token
          scim-conformance selftest                                 every fault of the mock must fail a scenario of its rule
          scim-conformance run --break wire.handle.charset          the suite against a deliberately broken mock

        Exit codes: 0 all passed (skips allowed), 1 a scenario failed, 2 usage or configuration error, 3 target unreachable.
        """;

    public static RootCommand Build()
    {
        var features = new Option<string?>("--features") { Description = "Folder of .feature files (default: ./features, else the features the tool carries)", HelpName = "dir" };
        return new RootCommand("SCIM 2.0 conformance suite for Wire's SCIM server (and any SCIM endpoint)." + Examples)
        {
            RunCommand.Create(features),
            ListCommand.Create(features),
            BaselineCommand.Create(features),
            AcceptCommand.Create(features),
            StepsCommand.Create(),
            ServeCommand.Create(),
            SelfTestCommand.Create(features),
        };
    }

    public static async Task<int> InvokeAsync(string[] args)
    {
        // No response files: "@must and not @mock-only" is a tag expression, not a file to read arguments from.
        var parse = Build().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync("error: " + error.Message);
            }

            await Console.Error.WriteLineAsync("Run 'scim-conformance --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UserError error)
        {
            await Console.Error.WriteLineAsync("error: " + error.Message);
            return error.ExitCode;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug of the runner, not of the user's input: one line here, the details for an issue report in the log.
            var log = Path.Combine(Path.GetTempPath(), "scim-conformance-error.log");
            await File.WriteAllTextAsync(log, exception.ToString());
            await Console.Error.WriteLineAsync($"error: {exception.GetType().Name}: {exception.Message} (details in {log})");
            return ExitCodes.Failed;
        }
    }
}

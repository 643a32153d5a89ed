using System.Net;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Cli;

/// <summary><c>--mock-url</c>: the suite against a mock started elsewhere, with its control plane (the whole catalogue).</summary>
internal static class MockTargetChoice
{
    public const string ControlTokenVariable = "MOCK_CONTROL_TOKEN";

    public static NetworkMockTarget? From(string? url, string? controlToken, TimeSpan requestTimeout, RequestPacing? pacing)
    {
        if (url is null)
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var given) || given.Scheme is not ("http" or "https"))
        {
            throw new UserError($"--mock-url '{url}' is not an http(s) URL; give the mock's address, e.g. http://127.0.0.1:8080");
        }

        // The SCIM base URL is accepted too: the mock's routes hang off its root.
        var path = given.AbsolutePath.TrimEnd('/');
        foreach (var suffix in new[] { "/scim/v2", "/scim" })
        {
            if (path.EndsWith(suffix, StringComparison.Ordinal))
            {
                path = path[..^suffix.Length];
                break;
            }
        }

        var token = controlToken ?? Environment.GetEnvironmentVariable(ControlTokenVariable);
        return new NetworkMockTarget(new Uri(given, path + "/"), TargetChoice.Transport(requestTimeout, pacing), string.IsNullOrWhiteSpace(token) ? null : token.Trim());
    }

    /// <summary>One request to the control plane first: a wrong URL, a missing control token or a non-mock server is one clear line.</summary>
    public static async Task ProbeAsync(NetworkMockTarget target, CancellationToken cancellationToken)
    {
        await using var session = target.OpenSession(new ScenarioNames("probe-"));
        HttpResponseMessage response;
        try
        {
            response = await session.Http.GetAsync("/mock/chaos", cancellationToken);
        }
        catch (NoAnswerException exception)
        {
            throw new UserError($"Cannot reach the mock at {target.ServerRoot}: {exception.Reason}.", ExitCodes.Unreachable);
        }

        using (response)
        {
            switch (response.StatusCode)
            {
                case HttpStatusCode.Unauthorized:
                    throw new UserError($"The mock at {target.ServerRoot} requires its control token: pass --control-token (or set {ControlTokenVariable}); it printed it when it started.");
                case HttpStatusCode.NotFound:
                    throw new UserError($"{target.ServerRoot} has no /mock control plane: --mock-url is for a ScimConformance mock; use --target for any other SCIM server.");
            }
        }
    }
}

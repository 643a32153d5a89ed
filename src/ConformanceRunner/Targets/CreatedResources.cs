using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;

namespace ConformanceRunner.Targets;

/// <summary>
/// Watches a session's traffic and remembers each resource it created (users, groups, SCIM tokens) together with the
/// credential that created it, so a live target can delete exactly those, and nothing else, when the scenario ends.
/// Watching the wire rather than asking steps to report means a generic HTTP step's creations are cleaned up too.
/// </summary>
internal sealed class CreatedResources : DelegatingHandler
{
    private readonly ConcurrentStack<CreatedResource> _created = new();

    public IReadOnlyList<CreatedResource> Created => _created.ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.Method == HttpMethod.Post && response.IsSuccessStatusCode && KindOf(request.RequestUri!) is { } kind)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (IdIn(kind, body) is { } id)
            {
                _created.Push(new CreatedResource(kind, id, request.RequestUri!, request.Headers.Authorization?.ToString()));
            }
        }

        return response;
    }

    private static ResourceKind? KindOf(Uri uri) => uri.AbsolutePath.TrimEnd('/') switch
    {
        var path when path.EndsWith("/scim/v2/Users", StringComparison.Ordinal) => ResourceKind.User,
        var path when path.EndsWith("/scim/v2/Groups", StringComparison.Ordinal) => ResourceKind.Group,
        var path when path.EndsWith("/scim/auth-tokens", StringComparison.Ordinal) => ResourceKind.ScimToken,
        _ => null,
    };

    private static string? IdIn(ResourceKind kind, string body)
    {
        try
        {
            var json = JsonNode.Parse(body);
            return kind == ResourceKind.ScimToken ? json?["info"]?["id"]?.GetValue<string>() : json?["id"]?.GetValue<string>();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Deletes, newest first, what was created; returns what could not be deleted.</summary>
    public async Task<IReadOnlyList<string>> DeleteAllAsync(HttpMessageInvoker client, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        while (_created.TryPop(out var resource))
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, resource.DeleteUri);
            if (resource.Authorization is { } authorization)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            using var response = await client.SendAsync(request, cancellationToken);
            // Wire answers 204 for users already gone; 404 for a group or token already deleted by the scenario is fine too.
            if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"{resource.Kind} {resource.Id}: {(int)response.StatusCode}");
            }
        }

        return failures;
    }
}

internal enum ResourceKind
{
    User,
    Group,
    ScimToken,
}

internal sealed record CreatedResource(ResourceKind Kind, string Id, Uri CreatedAt, string? Authorization)
{
    public Uri DeleteUri => Kind == ResourceKind.ScimToken
        ? new Uri(CreatedAt, $"?id={Uri.EscapeDataString(Id)}")
        : new Uri(CreatedAt.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + Uri.EscapeDataString(Id));
}

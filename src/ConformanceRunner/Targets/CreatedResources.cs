using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;

namespace ConformanceRunner.Targets;

/// <summary>
/// Watches a session's traffic and remembers each resource it created (users, groups, SCIM tokens) together with the
/// credential that created it, so a live target can delete exactly those, and nothing else, when the scenario ends.
/// Watching the wire rather than asking steps to report means a generic HTTP step's creations are cleaned up too.
/// </summary>
internal sealed class CreatedResources(ScenarioNames names) : DelegatingHandler
{
    private readonly ConcurrentStack<CreatedResource> _created = new();
    private readonly ConcurrentQueue<UnconfirmedUser> _unconfirmed = new();

    public IReadOnlyList<CreatedResource> Created => _created.ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var kind = request.Method == HttpMethod.Post ? KindOf(request.RequestUri!) : null;
        var userName = kind == ResourceKind.User ? await OwnUserNameSentAsync(request, cancellationToken) : null;
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (NoAnswerException) when (userName is not null)
        {
            _unconfirmed.Enqueue(new UnconfirmedUser(userName, request.RequestUri!, request.Headers.Authorization?.ToString()));
            throw;
        }

        if (userName is not null && response.StatusCode >= HttpStatusCode.InternalServerError)
        {
            _unconfirmed.Enqueue(new UnconfirmedUser(userName, request.RequestUri!, request.Headers.Authorization?.ToString()));
        }

        if (kind is { } created && response.IsSuccessStatusCode)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            if (IdIn(created, await response.Content.ReadAsStringAsync(cancellationToken)) is { } id)
            {
                _created.Push(new CreatedResource(created, id, request.RequestUri!, request.Headers.Authorization?.ToString()));
            }
        }

        return response;
    }

    /// <summary>
    /// Deletes, newest first, what was created, after looking up the users whose creation went unanswered; returns what
    /// could not be deleted.
    /// </summary>
    public async Task<IReadOnlyList<string>> DeleteAllAsync(HttpMessageInvoker client, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        while (_unconfirmed.TryDequeue(out var unconfirmed))
        {
            await FindUnconfirmedAsync(client, unconfirmed, failures, cancellationToken);
        }

        while (_created.TryPop(out var resource))
        {
            try
            {
                using var response = await PatientRequests.SendAsync(client, () => Authorized(HttpMethod.Delete, resource.DeleteUri, resource.Authorization), cancellationToken);
                // Wire answers 204 for users already gone; 404 for a group or token already deleted by the scenario is fine too.
                if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{resource.Kind} {resource.Id}: {(int)response.StatusCode}");
                }
            }
            catch (Exception exception) when (NoAnswerException.IsNoAnswer(exception))
            {
                failures.Add($"{resource.Kind} {resource.Id}: {NoAnswerException.ReasonFor(exception)}");
            }
        }

        return failures;
    }

    private async Task FindUnconfirmedAsync(HttpMessageInvoker client, UnconfirmedUser user, List<string> failures, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await PatientRequests.SendAsync(client, () => Authorized(HttpMethod.Get, user.LookupUri, user.Authorization), cancellationToken);
            var found = response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))?["Resources"]?.AsArray() : null;
            foreach (var resource in found ?? [])
            {
                var id = resource?["id"]?.GetValue<string>();
                var createdHere = string.Equals(resource?["userName"]?.GetValue<string>(), user.UserName, StringComparison.OrdinalIgnoreCase);
                if (id is not null && createdHere && _created.All(c => c.Id != id))
                {
                    _created.Push(new CreatedResource(ResourceKind.User, id, user.CreatedAt, user.Authorization));
                }
            }
        }
        catch (Exception exception) when (NoAnswerException.IsNoAnswer(exception) || exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            failures.Add($"User {user.UserName} (creation unanswered) could not be looked up: {exception.Message}");
        }
    }

    /// <summary>The userName of a user being created, if it carries this scenario's unique prefix (so it is ours to delete).</summary>
    private async Task<string?> OwnUserNameSentAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var body = request.Content is null ? null : JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken));
            return body?["userName"] is JsonValue value && value.TryGetValue<string>(out var userName) && names.Owns(userName) ? userName : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static HttpRequestMessage Authorized(HttpMethod method, Uri uri, string? authorization)
    {
        var request = new HttpRequestMessage(method, uri);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
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
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}

using System.Text.Json;
using MockWireServer.Scim.Errors;
using MockWireServer.Scim.Http;

namespace MockWireServer.Grading;

/// <summary>Which SCIM endpoint a request reached, once the version prefix and the <c>/scim/v2</c> base are taken off.</summary>
public enum ScimResource
{
    Other,
    Users,
    User,
    Groups,
    Group,
    Discovery,
}

/// <summary>One request and what the mock answered, as the rules see it. Built once per request, after the response status is final.</summary>
public sealed record ClientExchange(
    string Method,
    string Path,
    string Query,
    string? ContentType,
    string? Accept,
    DateTimeOffset At,
    string ClientKey,
    JsonElement? Body,
    bool? SamlMode,
    int Status,
    ScimError? Error,
    string? RetryAfter)
{
    /// <summary>The path without the optional <c>/vN</c> API-version prefix (nginz accepts <c>^(/v[0-9]+)?</c>).</summary>
    public string UnversionedPath { get; } = StripVersion(Path);

    public ScimResource Resource { get; } = Classify(StripVersion(Path));

    public bool IsUsers => Resource is ScimResource.Users or ScimResource.User;

    public bool IsGroups => Resource is ScimResource.Groups or ScimResource.Group;

    public bool Rejected => Status >= 400;

    private CaseInsensitiveObject? _bodyObject;
    private IReadOnlyList<Rules.SentOperation>? _operations;

    /// <summary>The JSON body as an object with case-insensitive keys (hscim's reading), or null. Built once for all rules.</summary>
    public CaseInsensitiveObject? BodyObject => _bodyObject ??= Body is { } body ? CaseInsensitiveObject.From(body) : null;

    /// <summary>The PATCH operations as sent (empty for other requests). Read once for all rules.</summary>
    public IReadOnlyList<Rules.SentOperation> Operations => _operations ??= Rules.SentValues.ReadOperations(this);

    private Dictionary<string, Microsoft.Extensions.Primitives.StringValues>? _query;
    private (Scim.Filtering.AttributeFilter? Filter, bool Parsed) _filter;

    /// <summary>The filter as the Users list handler parsed it; when it parsed none, <see cref="Filter"/> parses the query.</summary>
    public (Scim.Filtering.AttributeFilter? Filter, bool Parsed) HandlerFilter { get; init; }

    /// <summary>The <c>filter</c> query parameter parsed as Wire parses it, or null. Parsed once for all rules.</summary>
    public Scim.Filtering.AttributeFilter? Filter
    {
        get
        {
            if (HandlerFilter.Parsed)
            {
                return HandlerFilter.Filter;
            }

            if (!_filter.Parsed)
            {
                _filter = (QueryValue("filter") is { Length: > 0 } text ? Scim.Filtering.AttributeFilter.Parse(text).Filter : null, true);
            }

            return _filter.Filter;
        }
    }

    /// <summary>
    /// The query as ASP.NET parsed it for the handler (keys case-insensitive), so grading does not parse it again; without
    /// it the <see cref="Query"/> string is parsed here.
    /// </summary>
    public IQueryCollection? ParsedQuery { get; init; }

    public string? QueryValue(string name) =>
        ParsedQuery is { } parsed ? (parsed.TryGetValue(name, out var known) ? known.ToString() : null)
        : Parameters.TryGetValue(name, out var v) ? v.ToString() : null;

    public bool HasQuery(string name) => ParsedQuery?.ContainsKey(name) ?? Parameters.ContainsKey(name);

    private Dictionary<string, Microsoft.Extensions.Primitives.StringValues> Parameters =>
        _query ??= new(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Query), StringComparer.OrdinalIgnoreCase);

    /// <summary>Drops an optional <c>/vN</c> prefix: <c>/v8/scim/v2/Users</c> is <c>/scim/v2/Users</c>.</summary>
    public static string StripVersion(string path)
    {
        if (path.Length > 2 && path[1] == 'v' && char.IsAsciiDigit(path[2]))
        {
            var end = path.IndexOf('/', 1);
            if (path[2..(end < 0 ? path.Length : end)].All(char.IsAsciiDigit))
            {
                return end < 0 ? "/" : path[end..];
            }
        }

        return path;
    }

    private static ScimResource Classify(string path)
    {
        if (!path.StartsWith("/scim/v2/", StringComparison.Ordinal))
        {
            return ScimResource.Other;
        }

        // The first non-empty segment after /scim/v2/ and how many there are (1, 2, or 3 for more); no allocation per request.
        var rest = path.AsSpan("/scim/v2/".Length);
        Span<Range> segments = stackalloc Range[3];
        var count = rest.Split(segments, '/', StringSplitOptions.RemoveEmptyEntries);
        var first = count > 0 ? rest[segments[0]] : [];
        return first switch
        {
            "Users" => count == 1 ? ScimResource.Users : count == 2 ? ScimResource.User : ScimResource.Other,
            "Groups" => count == 1 ? ScimResource.Groups : count == 2 ? ScimResource.Group : ScimResource.Other,
            "ServiceProviderConfig" or "Schemas" or "ResourceTypes" => ScimResource.Discovery,
            _ => ScimResource.Other,
        };
    }
}

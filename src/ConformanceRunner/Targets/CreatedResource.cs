namespace ConformanceRunner.Targets;

internal enum ResourceKind
{
    User,
    Group,
    ScimToken,
}

/// <summary>A resource a scenario created, with the credential that created it (and so may delete it).</summary>
internal sealed record CreatedResource(ResourceKind Kind, string Id, Uri CreatedAt, string? Authorization)
{
    public Uri DeleteUri => Kind == ResourceKind.ScimToken
        ? new Uri(CreatedAt, $"?id={Uri.EscapeDataString(Id)}")
        : new Uri(CreatedAt.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + Uri.EscapeDataString(Id));
}

/// <summary>
/// A user the scenario asked to create without learning whether the server did (no answer, or a 5xx): a server may
/// commit and then fail to answer. Its run-unique userName finds it at cleanup.
/// </summary>
internal sealed record UnconfirmedUser(string UserName, Uri CreatedAt, string? Authorization)
{
    public Uri LookupUri => new(CreatedAt.GetLeftPart(UriPartial.Path) + "?filter=" + Uri.EscapeDataString($"userName eq \"{UserName}\""));
}

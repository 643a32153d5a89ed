using MockWireServer.Scim.Errors;
using MockWireServer.Scim.Filtering;
using MockWireServer.Scim.Http;
using MockWireServer.Store;
using MockWireServer.Tokens;

namespace MockWireServer.Scim.Groups;

/// <summary><c>/scim/v2/Groups</c> as of Wire 5.24 (wire-scim.md §1.4).</summary>
public static class GroupsEndpoints
{
    public static IEndpointRouteBuilder MapScimGroups(this IEndpointRouteBuilder routes)
    {
        var groups = routes.MapGroup("/scim/v2/Groups").WithTags("SCIM Groups");
        groups.MapPost("", CreateAsync);
        groups.MapGet("", List);
        groups.MapGet("/{id}", Get);
        groups.MapPut("/{id}", ReplaceAsync);
        groups.MapPatch("/{id}", Patch);
        groups.MapDelete("/{id}", Delete);
        return routes;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ScimAuthenticator auth, GroupProvisioning groups)
    {
        var (input, error) = await ReadAsync(request);
        if (error is not null)
        {
            return ScimJson.Error(error);
        }

        var (caller, authError) = auth.Authenticate(request);
        if (authError is not null)
        {
            return ScimJson.Error(authError);
        }

        var (group, groupError) = groups.Create(caller!.Team, input!);
        return groupError is not null ? ScimJson.Error(groupError) : ScimJson.Created(ScimGroupRenderer.Render(group!, ScimBaseUri.For(request)));
    }

    /// <summary>Only <c>displayName co</c> is supported; Wire's RPC fails on others (probably a 500), the mock says invalidFilter.</summary>
    private static IResult List(HttpRequest request, ScimAuthenticator auth)
    {
        var (caller, authError) = auth.Authenticate(request);
        if (authError is not null)
        {
            return ScimJson.Error(authError);
        }

        IEnumerable<StoredGroup> matches = caller!.Team.Groups.Values.OrderBy(g => g.Created).ThenBy(g => g.Id);
        var filterText = request.Query["filter"].ToString();
        if (!string.IsNullOrWhiteSpace(filterText))
        {
            var (filter, parseError) = AttributeFilter.Parse(filterText);
            if (filter is null)
            {
                return ScimJson.Error(ScimError.InvalidFilter(parseError!));
            }

            if (!filter.Attribute.Equals("displayName", StringComparison.OrdinalIgnoreCase) || filter.Operator != "co" || filter.Kind != FilterValueKind.String)
            {
                return ScimJson.Error(ScimError.InvalidFilter("Only 'displayName co \"...\"' is supported on Groups"));
            }

            matches = matches.Where(g => g.DisplayName.Contains(filter.Value!, StringComparison.OrdinalIgnoreCase));
        }

        var all = matches.ToList();
        var startIndex = int.TryParse(request.Query["startIndex"], out var s) && s > 0 ? s : 1;
        var count = int.TryParse(request.Query["count"], out var c) ? Math.Max(c, 0) : all.Count;
        var baseUri = ScimBaseUri.For(request);
        var page = all.Skip(startIndex - 1).Take(count).Select(g => ScimGroupRenderer.Render(g, baseUri)).ToList();
        return ScimJson.Ok(ListResponseWriter.Write(page, all.Count, startIndex));
    }

    private static IResult Get(string id, HttpRequest request, ScimAuthenticator auth)
    {
        var (groupId, idError) = ResourceId.Parse(id);
        if (idError is not null)
        {
            return ScimJson.Error(idError);
        }

        var (caller, authError) = auth.Authenticate(request);
        if (authError is not null)
        {
            return ScimJson.Error(authError);
        }

        return caller!.Team.Groups.TryGetValue(groupId, out var group)
            ? ScimJson.Ok(ScimGroupRenderer.Render(group, ScimBaseUri.For(request)))
            : ScimJson.Error(ScimError.NotFound("Group", id));
    }

    private static async Task<IResult> ReplaceAsync(string id, HttpRequest request, ScimAuthenticator auth, GroupProvisioning groups)
    {
        var (groupId, idError) = ResourceId.Parse(id);
        if (idError is not null)
        {
            return ScimJson.Error(idError);
        }

        var (input, error) = await ReadAsync(request);
        if (error is not null)
        {
            return ScimJson.Error(error);
        }

        var (caller, authError) = auth.Authenticate(request);
        if (authError is not null)
        {
            return ScimJson.Error(authError);
        }

        var (group, groupError) = groups.Replace(caller!.Team, groupId, input!);
        return groupError is not null ? ScimJson.Error(groupError) : ScimJson.Ok(ScimGroupRenderer.Render(group!, ScimBaseUri.For(request)));
    }

    /// <summary>Wire's patchGroup is <c>undefined</c> and crashes; the mock answers 501 instead (a named divergence).</summary>
    private static IResult Patch(string id, HttpRequest request, ScimAuthenticator auth)
    {
        var (caller, authError) = auth.Authenticate(request);
        return authError is not null
            ? ScimJson.Error(authError)
            : ScimJson.Error(new ScimError(501, null, "PATCH on Groups is not implemented by Wire; use PUT to replace the group"));
    }

    private static IResult Delete(string id, HttpRequest request, ScimAuthenticator auth)
    {
        var (groupId, idError) = ResourceId.Parse(id);
        if (idError is not null)
        {
            return ScimJson.Error(idError);
        }

        var (caller, authError) = auth.Authenticate(request);
        if (authError is not null)
        {
            return ScimJson.Error(authError);
        }

        lock (caller!.Team.Sync)
        {
            caller.Team.Groups.TryRemove(groupId, out _);
        }

        return Results.NoContent();
    }

    private static async Task<(GroupInput? Input, ScimError? Error)> ReadAsync(HttpRequest request)
    {
        var (body, bodyError) = await ScimRequestBody.ReadAsync(request);
        if (bodyError is not null)
        {
            return (null, bodyError);
        }

        var input = GroupInput.Parse(body);
        return input.IsOk ? (input.Value, null) : (null, ScimError.InvalidSyntax(input.Error!));
    }
}

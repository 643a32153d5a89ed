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
        var (call, error) = await ScimRequestGate.PassWithBodyAsync(request, auth, GroupInput.Parse);
        if (error is not null)
        {
            return ScimJson.Error(error);
        }

        var (group, groupError) = groups.Create(call!.Caller.Team, call.Body);
        return groupError is not null ? ScimJson.Error(groupError) : ScimJson.Created(ScimGroupRenderer.Render(group!, ScimBaseUri.For(request)));
    }

    /// <summary>Only <c>displayName co</c> is supported; Wire's RPC fails on others (probably a 500), the mock says invalidFilter.</summary>
    private static IResult List(HttpRequest request, ScimAuthenticator auth)
    {
        var (call, error) = ScimRequestGate.Pass(request, auth);
        if (error is not null)
        {
            return ScimJson.Error(error);
        }

        IEnumerable<StoredGroup> matches = call!.Caller.Team.Groups.Values.OrderBy(g => g.Created).ThenBy(g => g.Id);
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

        // Groups page like RFC 7644 §3.4.2.4: startIndex below 1 means 1, count below 0 means 0, absent count means all.
        var all = matches.ToList();
        var startIndex = int.TryParse(request.Query["startIndex"], out var s) && s > 0 ? s : 1;
        var count = int.TryParse(request.Query["count"], out var c) ? Math.Max(c, 0) : all.Count;
        var baseUri = ScimBaseUri.For(request);
        var page = all.Skip(startIndex - 1).Take(count).Select(g => ScimGroupRenderer.Render(g, baseUri)).ToList();
        return ScimJson.Ok(ListResponseWriter.Write(page, all.Count, startIndex));
    }

    private static IResult Get(string id, HttpRequest request, ScimAuthenticator auth)
    {
        var (call, error) = ScimRequestGate.Pass(request, auth, id);
        if (error is not null)
        {
            return ScimJson.Error(error);
        }

        return call!.Caller.Team.Groups.TryGetValue(call.Id, out var group)
            ? ScimJson.Ok(ScimGroupRenderer.Render(group, ScimBaseUri.For(request)))
            : ScimJson.Error(ScimError.NotFound("Group", id));
    }

    private static async Task<IResult> ReplaceAsync(string id, HttpRequest request, ScimAuthenticator auth, GroupProvisioning groups)
    {
        var (call, error) = await ScimRequestGate.PassWithBodyAsync(request, auth, GroupInput.Parse, id);
        if (error is not null)
        {
            return ScimJson.Error(error);
        }

        var (group, groupError) = groups.Replace(call!.Caller.Team, call.Id, call.Body);
        return groupError is not null ? ScimJson.Error(groupError) : ScimJson.Ok(ScimGroupRenderer.Render(group!, ScimBaseUri.For(request)));
    }

    /// <summary>Wire's patchGroup is <c>undefined</c> and crashes; the mock answers 501 instead (a named divergence).</summary>
    private static IResult Patch(string id, HttpRequest request, ScimAuthenticator auth)
    {
        var (_, error) = ScimRequestGate.Pass(request, auth, id);
        return ScimJson.Error(error ?? new ScimError(501, null, "PATCH on Groups is not implemented by Wire; use PUT to replace the group"));
    }

    private static IResult Delete(string id, HttpRequest request, ScimAuthenticator auth)
    {
        var (call, error) = ScimRequestGate.Pass(request, auth, id);
        if (error is not null)
        {
            return ScimJson.Error(error);
        }

        var team = call!.Caller.Team;
        lock (team.Sync)
        {
            team.Groups.TryRemove(call.Id, out _);
        }

        return Results.NoContent();
    }
}

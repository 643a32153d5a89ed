using MockWireServer.Faults;
using MockWireServer.Scim.Errors;
using MockWireServer.Scim.Filtering;
using MockWireServer.Scim.Http;
using MockWireServer.Scim.Patching;
using MockWireServer.Store;
using MockWireServer.Tokens;

namespace MockWireServer.Scim.Users;

/// <summary>
/// <c>/scim/v2/Users</c>. Each handler: what servant checks before the handler (id, body), then the token, then Wire's
/// rules through <see cref="UserProvisioning"/>, then the rendered user.
/// </summary>
public static class UsersEndpoints
{
    public static IEndpointRouteBuilder MapScimUsers(this IEndpointRouteBuilder routes)
    {
        var users = routes.MapGroup("/scim/v2/Users").WithTags("SCIM Users");
        users.MapPost("", CreateAsync);
        users.MapGet("", List);
        users.MapGet("/{id}", Get);
        users.MapPut("/{id}", ReplaceAsync);
        users.MapPatch("/{id}", PatchAsync);
        users.MapDelete("/{id}", Delete);
        return routes;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ScimAuthenticator auth, UserProvisioning provisioning, BrokenRules broken)
    {
        var (body, bodyError) = await ScimRequestBody.ReadAsync(request);
        if (bodyError is not null)
        {
            return ScimJson.Error(bodyError);
        }

        var input = ScimUserParser.Parse(body);
        if (!input.IsOk)
        {
            return ScimJson.Error(ScimError.InvalidSyntax(input.Error!));
        }

        var (caller, authError) = auth.Authenticate(request);
        if (authError is not null)
        {
            return ScimJson.Error(authError);
        }

        var (user, error) = provisioning.Create(caller!, input.Value);
        return error is not null ? ScimJson.Error(error) : ScimJson.Created(ScimUserRenderer.Render(user!, ScimBaseUri.For(request), broken));
    }

    private static IResult List(HttpRequest request, ScimAuthenticator auth, WireStore store, BrokenRules broken)
    {
        var (caller, authError) = auth.Authenticate(request);
        if (authError is not null)
        {
            return ScimJson.Error(authError);
        }

        // startIndex and count are not declared on Wire's Users list and are ignored (wire-scim.md §10.1).
        var (users, error) = UserFilterQuery.Run(request.Query["filter"].ToString(), caller!.Team, caller.Token.IdpId, store);
        if (error is not null)
        {
            return ScimJson.Error(error);
        }

        var baseUri = ScimBaseUri.For(request);
        var rendered = users.Select(u => ScimUserRenderer.Render(u, baseUri, broken)).ToList();
        return ScimJson.Ok(ListResponseWriter.Write(rendered, rendered.Count, startIndex: 1));
    }

    private static IResult Get(string id, HttpRequest request, ScimAuthenticator auth, WireStore store, BrokenRules broken)
    {
        var (userId, idError) = ResourceId.Parse(id);
        if (idError is not null)
        {
            return ScimJson.Error(idError);
        }

        var (caller, authError) = auth.Authenticate(request);
        if (authError is not null)
        {
            return ScimJson.Error(authError);
        }

        // Another team's user is indistinguishable from a missing one.
        var found = store.FindUser(caller!.Team, userId) ?? (broken.Breaks("wire.token.team-isolation") ? store.FindUserInAnyTeam(userId) : null);
        return found is { } user
            ? ScimJson.Ok(ScimUserRenderer.Render(user, ScimBaseUri.For(request), broken))
            : ScimJson.Error(ScimError.NotFound("User", id));
    }

    private static async Task<IResult> ReplaceAsync(string id, HttpRequest request, ScimAuthenticator auth, UserProvisioning provisioning, BrokenRules broken)
    {
        var (userId, idError) = ResourceId.Parse(id);
        if (idError is not null)
        {
            return ScimJson.Error(idError);
        }

        var (body, bodyError) = await ScimRequestBody.ReadAsync(request);
        if (bodyError is not null)
        {
            return ScimJson.Error(bodyError);
        }

        var input = ScimUserParser.Parse(body);
        if (!input.IsOk)
        {
            return ScimJson.Error(ScimError.InvalidSyntax(input.Error!));
        }

        var (caller, authError) = auth.Authenticate(request);
        if (authError is not null)
        {
            return ScimJson.Error(authError);
        }

        var (user, error) = provisioning.Replace(caller!, userId, _ => (input.Value, null));
        return error is not null ? ScimJson.Error(error) : ScimJson.Ok(ScimUserRenderer.Render(user!, ScimBaseUri.For(request), broken));
    }

    private static async Task<IResult> PatchAsync(string id, HttpRequest request, ScimAuthenticator auth, UserProvisioning provisioning, BrokenRules broken)
    {
        var (userId, idError) = ResourceId.Parse(id);
        if (idError is not null)
        {
            return ScimJson.Error(idError);
        }

        var (body, bodyError) = await ScimRequestBody.ReadAsync(request);
        if (bodyError is not null)
        {
            return ScimJson.Error(bodyError);
        }

        var patch = PatchRequest.Parse(body);
        if (!patch.IsOk)
        {
            return ScimJson.Error(ScimError.InvalidSyntax(patch.Error!));
        }

        var (caller, authError) = auth.Authenticate(request);
        if (authError is not null)
        {
            return ScimJson.Error(authError);
        }

        // hscim's default patchUser: GET, apply the operations, then PUT (with PUT's validation and "(put)" details).
        var (user, error) = provisioning.Replace(caller!, userId, stored => UserPatcher.Apply(ScimUserInput.FromStored(stored), patch.Value.Operations));
        return error is not null ? ScimJson.Error(error) : ScimJson.Ok(ScimUserRenderer.Render(user!, ScimBaseUri.For(request), broken));
    }

    private static IResult Delete(string id, HttpRequest request, ScimAuthenticator auth, WireStore store, BrokenRules broken)
    {
        var (userId, idError) = ResourceId.Parse(id);
        if (idError is not null)
        {
            return ScimJson.Error(idError);
        }

        var (caller, authError) = auth.Authenticate(request);
        if (authError is not null)
        {
            return ScimJson.Error(authError);
        }

        // Idempotent since Wire 5.4.0: 204 for a missing, deleted or foreign user alike (wire-scim.md §14.6).
        var deleted = store.DeleteUser(caller!.Team, userId);
        return deleted || !broken.Breaks("rfc7644.3.6") ? Results.NoContent() : ScimJson.Error(ScimError.NotFound("User", id));
    }
}

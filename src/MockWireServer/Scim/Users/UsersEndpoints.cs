using MockWireServer.Faults;
using MockWireServer.Scim.Errors;
using MockWireServer.Scim.Filtering;
using MockWireServer.Scim.Http;
using MockWireServer.Scim.Patching;
using MockWireServer.Store;
using MockWireServer.Tokens;

namespace MockWireServer.Scim.Users;

/// <summary>
/// <c>/scim/v2/Users</c>. Each handler: the gate (id, body, token in Wire's order), then Wire's rules through
/// <see cref="UserProvisioning"/>, then the rendered user.
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
        var (call, error) = await ScimRequestGate.PassWithBodyAsync(request, auth, ScimUserParser.Parse);
        if (error is not null)
        {
            return ScimJson.Error(error);
        }

        var (user, createError) = provisioning.Create(call!.Caller, call.Body);
        return createError is not null ? ScimJson.Error(createError) : ScimJson.Created(ScimUserRenderer.Render(user!, ScimBaseUri.For(request), broken));
    }

    private static IResult List(HttpRequest request, ScimAuthenticator auth, WireStore store, BrokenRules broken)
    {
        // servant parses the filter before the handler, so a malformed one is refused even without a token.
        var filterText = request.Query["filter"].ToString();
        var (filter, parseError) = string.IsNullOrWhiteSpace(filterText) ? (null, null) : AttributeFilter.Parse(filterText);
        Grading.ExchangeObservation.Of(request.HttpContext)?.UserFilter = (filter, true);
        if (parseError is not null)
        {
            return ScimJson.Error(ScimError.InvalidFilter(parseError));
        }

        var (call, error) = ScimRequestGate.Pass(request, auth);
        if (error is not null)
        {
            return ScimJson.Error(error);
        }

        // startIndex and count are not declared on Wire's Users list and are ignored (wire-scim.md §10.1).
        var (users, filterError) = UserFilterQuery.Run(filter, call!.Caller.Team, call.Caller.Token.IdpId, store, broken);
        if (filterError is not null)
        {
            return ScimJson.Error(filterError);
        }

        var baseUri = ScimBaseUri.For(request);
        var rendered = broken.Breaks("rfc7644.3.4.2") ? [] : users.Select(u => ScimUserRenderer.Render(u, baseUri, broken)).ToList();
        return ScimJson.Ok(ListResponseWriter.Write(rendered, rendered.Count, startIndex: 1));
    }

    private static IResult Get(string id, HttpRequest request, ScimAuthenticator auth, WireStore store, BrokenRules broken)
    {
        var (call, error) = ScimRequestGate.Pass(request, auth, id);
        if (error is not null)
        {
            return ScimJson.Error(error);
        }

        // Another team's user is indistinguishable from a missing one.
        var team = call!.Caller.Team;
        var found = store.FindUser(team, call.Id) ?? (broken.Breaks("wire.token.team-isolation") ? store.FindUserInAnyTeam(call.Id) : null);
        return found is { } user
            ? ScimJson.Ok(broken.Breaks("rfc7644.3.4.1")
                ? ListResponseWriter.Write([ScimUserRenderer.Render(user, ScimBaseUri.For(request), broken)], 1, startIndex: 1)
                : ScimUserRenderer.Render(user, ScimBaseUri.For(request), broken))
            : ScimJson.Error(ScimError.NotFound("User", id));
    }

    private static async Task<IResult> ReplaceAsync(string id, HttpRequest request, ScimAuthenticator auth, UserProvisioning provisioning, BrokenRules broken)
    {
        var (call, error) = await ScimRequestGate.PassWithBodyAsync(request, auth, ScimUserParser.Parse, id);
        if (error is not null)
        {
            return ScimJson.Error(error);
        }

        var (user, replaceError) = provisioning.Replace(call!.Caller, call.Id, _ => (call.Body, null));
        return replaceError is not null ? ScimJson.Error(replaceError)
            : broken.Breaks("rfc7644.3.5.1") ? Results.NoContent()
            : ScimJson.Ok(ScimUserRenderer.Render(user!, ScimBaseUri.For(request), broken));
    }

    private static async Task<IResult> PatchAsync(string id, HttpRequest request, ScimAuthenticator auth, UserProvisioning provisioning, BrokenRules broken)
    {
        var (call, error) = await ScimRequestGate.PassWithBodyAsync(request, auth, PatchRequest.Parse, id);
        if (error is not null)
        {
            return ScimJson.Error(error);
        }

        // hscim's default patchUser: GET, apply the operations, then PUT (with PUT's validation and "(put)" details).
        var (user, patchError) = provisioning.Replace(call!.Caller, call.Id, stored => UserPatcher.Apply(ScimUserInput.FromStored(stored), broken.Breaks("rfc7644.3.5.2") ? call.Body.Operations.Take(1).ToList() : call.Body.Operations, broken));
        return patchError is not null ? ScimJson.Error(patchError) : ScimJson.Ok(ScimUserRenderer.Render(user!, ScimBaseUri.For(request), broken));
    }

    private static IResult Delete(string id, HttpRequest request, ScimAuthenticator auth, WireStore store, BrokenRules broken)
    {
        var (call, error) = ScimRequestGate.Pass(request, auth, id);
        if (error is not null)
        {
            return ScimJson.Error(error);
        }

        // Idempotent since Wire 5.4.0: 204 for a missing, deleted or foreign user alike (wire-scim.md §14.6).
        var deleted = store.DeleteUser(call!.Caller.Team, call.Id);
        return deleted || !broken.Breaks("rfc7644.3.6") ? Results.NoContent() : ScimJson.Error(ScimError.NotFound("User", id));
    }
}

using System.Text.Json;
using MockWireServer.Scim.Errors;
using MockWireServer.Store;
using MockWireServer.Tokens;

namespace MockWireServer.Scim.Http;

/// <summary>A request that passed the gate: the caller, the path id (if any) and the parsed body (if any).</summary>
public sealed record ScimRequest<TBody>(ScimCaller Caller, Guid Id, TBody Body);

/// <summary>
/// What every SCIM handler checks first, in Wire's order: what servant parses before the handler (the path id, the body)
/// and then the token, spar's first step inside the handler (wire-scim.md §1.2).
/// </summary>
public static class ScimRequestGate
{
    public static (ScimRequest<object?>? Request, ScimError? Error) Pass(HttpRequest request, ScimAuthenticator auth, string? id = null)
    {
        var resourceId = Guid.Empty;
        if (id is not null)
        {
            var (parsed, idError) = ResourceId.Parse(id);
            if (idError is not null)
            {
                return (null, idError);
            }

            resourceId = parsed;
        }

        var (caller, authError) = Authenticate(request, auth);
        return authError is not null ? (null, authError) : (new ScimRequest<object?>(caller!, resourceId, null), null);
    }

    public static async Task<(ScimRequest<TBody>? Request, ScimError? Error)> PassWithBodyAsync<TBody>(
        HttpRequest request, ScimAuthenticator auth, Func<JsonElement, InputResult<TBody>> parse, string? id = null)
    {
        var resourceId = Guid.Empty;
        if (id is not null)
        {
            var (parsed, idError) = ResourceId.Parse(id);
            if (idError is not null)
            {
                return (null, idError);
            }

            resourceId = parsed;
        }

        var (json, bodyError) = await ScimRequestBody.ReadAsync(request);
        if (bodyError is not null)
        {
            return (null, bodyError);
        }

        var body = parse(json);
        if (!body.IsOk)
        {
            return (null, ScimError.InvalidSyntax(body.Error!));
        }

        var (caller, authError) = Authenticate(request, auth);
        return authError is not null ? (null, authError) : (new ScimRequest<TBody>(caller!, resourceId, body.Value), null);
    }

    /// <summary>The caller, and its team as brig leaves it: invitees whose invitation timed out are gone by now.</summary>
    private static (ScimCaller? Caller, ScimError? Error) Authenticate(HttpRequest request, ScimAuthenticator auth)
    {
        var (caller, error) = auth.Authenticate(request);
        if (caller is not null)
        {
            request.HttpContext.RequestServices.GetRequiredService<InvitationExpiry>().Sweep(caller.Team);
        }

        return (caller, error);
    }
}

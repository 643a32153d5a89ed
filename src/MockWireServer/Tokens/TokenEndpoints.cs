using System.Text.Json;
using MockWireServer.Hosting;
using MockWireServer.Login;
using MockWireServer.Scim.Errors;
using MockWireServer.Store;
using Microsoft.Extensions.Options;

namespace MockWireServer.Tokens;

/// <summary>
/// <c>/scim/auth-tokens</c>: managed by a logged-in owner or admin with their password (wire-scim.md §2.2). Legacy shape
/// for unversioned and v0–v7 requests, name and idp from v8. Errors are Wire's <c>{"code","label","message"}</c>.
/// </summary>
public static class TokenEndpoints
{
    public static IEndpointRouteBuilder MapScimTokens(this IEndpointRouteBuilder routes)
    {
        var tokens = routes.MapGroup("/scim/auth-tokens").WithTags("SCIM tokens");
        tokens.MapPost("", CreateAsync);
        tokens.MapGet("", List);
        tokens.MapDelete("", Delete);
        tokens.MapPut("/{id}", RenameAsync);
        return routes;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, TokenCallerResolver callers, WireStore store, TimeProvider clock, IOptions<MockWireOptions> options, Faults.BrokenRules broken)
    {
        var (manager, callerError) = callers.ResolveManager(context.Request, anyMember: broken.Breaks("wire.token.admin-only"));
        if (callerError is not null)
        {
            return callerError.ToResult();
        }

        var body = await WireJsonBody.ReadObjectAsync(context.Request);
        if (body is not { } json || !json.TryGetProperty("description", out var d) || d.ValueKind != JsonValueKind.String)
        {
            return WireError.BadRequest("bad-request", "Error in $: key \"description\" not found").ToResult();
        }

        var version = ApiVersion.Of(context);
        var (team, password) = manager!;
        var given = json.TryGetProperty("password", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        if (password is not null && !broken.Breaks("wire.token.reauth") && (given is null || !FixedTimeEquals(given, password)))
        {
            return WireError.Forbidden("access-denied", "This operation requires reauthentication.").ToResult();
        }

        if (team.Tokens.Count >= options.Value.MaxScimTokensPerTeam && !broken.Breaks("wire.token.limit"))
        {
            return TokenLimitReached;
        }

        var (idp, idpError) = ChooseIdp(json, team, version, broken);
        if (idpError is not null)
        {
            return idpError.ToResult();
        }

        var secret = ScimTokenSecret.Generate();
        var name = version >= ApiVersion.TokenNameAndIdp && json.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var record = new ScimTokenRecord(Guid.NewGuid(), team.Id, idp, d.GetString()!, name, team.Now(clock), ScimTokenSecret.Hash(secret));
        // The count above is a fast path; the store re-checks atomically so concurrent creates never pass the limit.
        if (!store.TryAddToken(team, record, options.Value.MaxScimTokensPerTeam))
        {
            return TokenLimitReached;
        }

        return Results.Json(new Dictionary<string, object> { ["token"] = secret, ["info"] = TokenInfo.Render(record, version) });
    }

    private static IResult List(HttpContext context, TokenCallerResolver callers, Faults.BrokenRules broken)
    {
        var (manager, error) = callers.ResolveManager(context.Request);
        if (error is not null)
        {
            return error.ToResult();
        }

        var team = manager!.Team;

        var version = ApiVersion.Of(context);
        var infos = team.Tokens.Values.OrderBy(t => t.CreatedAt).Select(t => TokenInfo.Render(t, version)).ToList();
        if (broken.Breaks("wire.token.list-hides-secret"))
        {
            infos = team.Tokens.Values.OrderBy(t => t.CreatedAt).Select(t => new Dictionary<string, object?>(TokenInfo.Render(t, version)) { ["token"] = Convert.ToBase64String(t.Hash) }).ToList();
        }

        return Results.Json(new { tokens = infos });
    }

    private static IResult Delete(HttpContext context, TokenCallerResolver callers, WireStore store)
    {
        if (!Guid.TryParse(context.Request.Query["id"].ToString(), out var tokenId))
        {
            return WireError.BadRequest("bad-request", "query parameter 'id' is required and must be a UUID").ToResult();
        }

        var (manager, error) = callers.ResolveManager(context.Request);
        if (error is not null)
        {
            return error.ToResult();
        }

        var team = manager!.Team;

        // Scoped to the caller's team: an unknown or foreign id is a silent 204.
        store.RemoveToken(team, tokenId);
        return Results.NoContent();
    }

    private static async Task<IResult> RenameAsync(string id, HttpContext context, TokenCallerResolver callers, WireStore store)
    {
        if (ApiVersion.Of(context) < ApiVersion.TokenNameAndIdp)
        {
            return WireError.NotFound("No such endpoint before API v8").ToResult();
        }

        var (manager, error) = callers.ResolveManager(context.Request);
        if (error is not null)
        {
            return error.ToResult();
        }

        var team = manager!.Team;

        var body = await WireJsonBody.ReadObjectAsync(context.Request);
        if (body is not { } json || !json.TryGetProperty("name", out var n) || n.ValueKind != JsonValueKind.String)
        {
            return WireError.BadRequest("bad-request", "Error in $: key \"name\" not found").ToResult();
        }

        // UNCONFIRMED: Wire's answer for an unknown id; the mock says not-found.
        if (!Guid.TryParse(id, out var tokenId) || !team.Tokens.TryGetValue(tokenId, out var token))
        {
            return WireError.NotFound("Could not find SCIM token.").ToResult();
        }

        store.ReplaceToken(team, token with { Name = n.GetString() });
        return Results.Ok();
    }

    /// <summary>Legacy API: implicit association with the team's only IdP, refusal with two or more. v8+: explicit <c>idp</c>.</summary>
    private static (Guid? IdpId, WireError? Error) ChooseIdp(JsonElement body, Team team, int version, Faults.BrokenRules broken)
    {
        if (version < ApiVersion.TokenNameAndIdp)
        {
            lock (team.Sync)
            {
                return team.Idps.Count switch
                {
                    0 => (null, null),
                    1 => (broken.Breaks("wire.token.idp-association") ? null : team.Idps[0].Id, null),
                    _ => (null, WireError.BadRequest("more-than-one-idp", "The legacy token API cannot associate a token when the team has more than one IdP; use API v8 and name the idp")),
                };
            }
        }

        if (!body.TryGetProperty("idp", out var idp) || idp.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        // UNCONFIRMED: spar does not check the IdP's team; the mock only accepts the caller's own IdPs.
        lock (team.Sync)
        {
            return idp.ValueKind == JsonValueKind.String && Guid.TryParse(idp.GetString(), out var idpId) && team.Idps.Exists(i => i.Id == idpId)
                ? (idpId, null)
                : (null, WireError.NotFound("Could not find IdP."));
        }
    }

    private static readonly IResult TokenLimitReached =
        WireError.Forbidden("token-limit-reached", "The limit of provisioning tokens per team has been reached").ToResult();

    private static bool FixedTimeEquals(string a, string b) => System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
        System.Text.Encoding.UTF8.GetBytes(a), System.Text.Encoding.UTF8.GetBytes(b));
}

using MockWireServer.Hosting;
using MockWireServer.Scim.Http;

namespace MockWireServer.Tokens;

/// <summary>The token <c>info</c> object: legacy shape, plus <c>name</c> (defaulting to the id) from v8 (wire-scim.md §2.2).</summary>
public static class TokenInfo
{
    public static Dictionary<string, object?> Render(ScimTokenRecord token, int version)
    {
        var info = new Dictionary<string, object?>
        {
            ["team"] = token.TeamId,
            ["id"] = token.Id,
            ["created_at"] = ScimTimestamp.ToText(token.CreatedAt),
            ["description"] = token.Description,
        };
        if (token.IdpId is { } idp)
        {
            info["idp"] = idp;
        }

        if (version >= ApiVersion.TokenNameAndIdp)
        {
            info["name"] = token.Name ?? token.Id.ToString();
        }

        return info;
    }
}

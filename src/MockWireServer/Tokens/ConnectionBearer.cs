using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Connections.Features;

namespace MockWireServer.Tokens;

/// <summary>
/// The bearer token a keep-alive HTTP/1.x connection last authenticated with. A SCIM client sends the same token on every
/// request of a connection; a header equal to the one its connection already proved skips the SHA-512 (5 % of the CPU
/// under GET load, issue 11). The caller still checks the token against the team on every request, so a deleted token
/// is refused at once. Only the connection keeps the header it sent, as it keeps the request itself. HTTP/1.x only: its
/// requests on one connection come one after another, while HTTP/2 streams would share the connection's items at once;
/// TestServer has no connection items. Those always hash.
/// </summary>
public static class ConnectionBearer
{
    private static readonly object Key = new();

    private sealed record Proven(string Header, ScimTokenRecord Token);

    public static ScimTokenRecord? Known(HttpContext context, string header) =>
        ItemsOf(context)?.TryGetValue(Key, out var value) == true
        && value is Proven proven
        && CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes(proven.Header.AsSpan()), MemoryMarshal.AsBytes(header.AsSpan()))
            ? proven.Token
            : null;

    public static void Remember(HttpContext context, string header, ScimTokenRecord token)
    {
        if (ItemsOf(context) is { } items)
        {
            items[Key] = new Proven(header, token);
        }
    }

    private static IDictionary<object, object?>? ItemsOf(HttpContext context) =>
        HttpProtocol.IsHttp11(context.Request.Protocol) || HttpProtocol.IsHttp10(context.Request.Protocol)
            ? context.Features.Get<IConnectionItemsFeature>()?.Items
            : null;
}

using System.Text.Json;
using MockWireServer.Scim;
using MockWireServer.Scim.Http;

namespace MockWireServer.Grading.Rules;

/// <summary>A PATCH operation as the client sent it: the op's spelling, the path and the value, unnormalised.</summary>
public sealed record SentOperation(string Op, string? Path, JsonElement? Value)
{
    public string Kind => Op.ToLowerInvariant();
}

/// <summary>Reads what a client sent out of the body the mock already parsed: PATCH operations and user attribute values.</summary>
public static class SentValues
{
    public static IReadOnlyList<SentOperation> Operations(ClientExchange exchange) => exchange.Operations;

    public static IReadOnlyList<SentOperation> ReadOperations(ClientExchange exchange)
    {
        if (exchange.Method != "PATCH" || exchange.BodyObject?.Optional("Operations") is not { ValueKind: JsonValueKind.Array } operations)
        {
            return [];
        }

        var sent = new List<SentOperation>();
        foreach (var item in operations.EnumerateArray())
        {
            if (CaseInsensitiveObject.From(item) is { } o && o.Optional("op") is { ValueKind: JsonValueKind.String } op)
            {
                var path = o.Optional("path") is { ValueKind: JsonValueKind.String } p ? p.GetString() : null;
                sent.Add(new SentOperation(op.GetString()!, path, RawValue(item)));
            }
        }

        return sent;
    }

    /// <summary>The value as sent, a JSON null included; null only when the key is absent.</summary>
    private static JsonElement? RawValue(JsonElement item)
    {
        JsonElement? value = null;
        foreach (var property in item.EnumerateObject())
        {
            if (property.Name.Equals("value", StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
            }
        }

        return value;
    }

    /// <summary>True for POST or PUT of a user body.</summary>
    public static bool IsUserWrite(ClientExchange exchange) =>
        exchange.BodyObject is not null
        && ((exchange.Method == "POST" && exchange.Resource == ScimResource.Users) || (exchange.Method == "PUT" && exchange.Resource == ScimResource.User));

    /// <summary>
    /// Every value the request sets for a core user attribute: the key of a POST/PUT body, a PATCH add/replace on that
    /// path (bare or URN-qualified), or a key of a no-path replace's value object.
    /// </summary>
    public static IEnumerable<JsonElement> UserValues(ClientExchange exchange, string attribute) =>
        SetsUserValues(exchange) ? ValuesSet(exchange, attribute) : [];

    private static IEnumerable<JsonElement> ValuesSet(ClientExchange exchange, string attribute)
    {
        if (IsUserWrite(exchange) && exchange.BodyObject!.Optional(attribute) is { } direct)
        {
            yield return direct;
        }

        foreach (var operation in Operations(exchange))
        {
            if (operation.Kind == "remove" || operation.Value is not { } value)
            {
                continue;
            }

            if (operation.Path is null)
            {
                if (CaseInsensitiveObject.From(value)?.Optional(attribute) is { } keyed)
                {
                    yield return keyed;
                }
            }
            else if (IsPath(operation.Path, attribute))
            {
                yield return value;
            }
        }
    }

    public static IEnumerable<string> UserStrings(ClientExchange exchange, string attribute) =>
        SetsUserValues(exchange)
            ? ValuesSet(exchange, attribute).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
            : [];

    /// <summary>Whether <see cref="UserValues"/> can find anything: most requests (reads) set nothing, and skip the iterator.</summary>
    private static bool SetsUserValues(ClientExchange exchange) => exchange.IsUsers && (IsUserWrite(exchange) || Operations(exchange).Count > 0);

    public static bool IsPath(string path, string attribute)
    {
        var bare = path.StartsWith(ScimSchemas.User + ":", StringComparison.OrdinalIgnoreCase) ? path[(ScimSchemas.User.Length + 1)..] : path;
        return bare.Equals(attribute, StringComparison.OrdinalIgnoreCase);
    }
}

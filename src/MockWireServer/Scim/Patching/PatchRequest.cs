using System.Text.Json;
using MockWireServer.Scim.Http;

namespace MockWireServer.Scim.Patching;

public enum PatchOpKind
{
    Add,
    Replace,
    Remove,
}

/// <summary>One operation; <see cref="Value"/> is null when the key is absent (a JSON null is kept as a value).</summary>
public sealed record PatchOperation(PatchOpKind Op, string? RawPath, PatchPath? Path, JsonElement? Value);

/// <summary>A PatchOp body: the PatchOp schema URN is required; keys and op names are case-insensitive in hscim.</summary>
public sealed record PatchRequest(IReadOnlyList<PatchOperation> Operations)
{
    public static InputResult<PatchRequest> Parse(JsonElement body)
    {
        if (CaseInsensitiveObject.From(body) is not { } o)
        {
            return Fail("Error in $: parsing PatchOp failed, expected Object");
        }

        if (o.Optional("schemas") is not { ValueKind: JsonValueKind.Array } schemas
            || !schemas.EnumerateArray().Any(s => s.ValueKind == JsonValueKind.String && s.GetString() == ScimSchemas.PatchOp))
        {
            return Fail($"Error in $: the PatchOp schema \"{ScimSchemas.PatchOp}\" is required in \"schemas\"");
        }

        if (o.Optional("Operations") is not { ValueKind: JsonValueKind.Array } operations)
        {
            return Fail("Error in $: key \"operations\" not found");
        }

        var parsed = new List<PatchOperation>();
        foreach (var item in operations.EnumerateArray())
        {
            var operation = ParseOperation(item);
            if (!operation.IsOk)
            {
                return Fail(operation.Error!);
            }

            parsed.Add(operation.Value);
        }

        return InputResult<PatchRequest>.Ok(new PatchRequest(parsed));
    }

    private static InputResult<PatchOperation> ParseOperation(JsonElement item)
    {
        if (CaseInsensitiveObject.From(item, "$.operations[]") is not { } o)
        {
            return InputResult<PatchOperation>.Fail("Error in $.operations[]: expected Object");
        }

        var opName = o.RequiredString("op");
        if (!opName.IsOk)
        {
            return InputResult<PatchOperation>.Fail(opName.Error!);
        }

        PatchOpKind? kind = opName.Value.ToLowerInvariant() switch
        {
            "add" => PatchOpKind.Add,
            "replace" => PatchOpKind.Replace,
            "remove" => PatchOpKind.Remove,
            _ => null,
        };
        if (kind is null)
        {
            return InputResult<PatchOperation>.Fail($"Error in $.operations[].op: unknown operation: {opName.Value}");
        }

        var rawPath = o.OptionalString("path");
        if (!rawPath.IsOk)
        {
            return InputResult<PatchOperation>.Fail(rawPath.Error!);
        }

        PatchPath? path = null;
        if (rawPath.Value is { } text && (path = PatchPath.Parse(text)) is null)
        {
            return InputResult<PatchOperation>.Fail($"Error in $.operations[].path: not a valid path: {text}");
        }

        JsonElement? value = o.Has("value") ? RawValue(item) : null;
        return InputResult<PatchOperation>.Ok(new PatchOperation(kind.Value, rawPath.Value, path, value));
    }

    private static JsonElement RawValue(JsonElement item) =>
        item.EnumerateObject().Last(p => string.Equals(p.Name, "value", StringComparison.OrdinalIgnoreCase)).Value;

    private static InputResult<PatchRequest> Fail(string error) => InputResult<PatchRequest>.Fail(error);
}

using System.Text.Json;
using MockWireServer.Scim;

namespace MockWireServer.Grading.Rules;

/// <summary><c>client.patch.schema-missing</c>: a PATCH body names the PatchOp schema (RFC 7644 §3.5.2); servant rejects it otherwise (wire-scim.md §9.3).</summary>
public sealed class PatchSchemaMissingRule : IClientRule
{
    public string Id => "client.patch.schema-missing";

    public string Title => "PATCH bodies carry the PatchOp schema URN";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        if (exchange.Method != "PATCH" || exchange.BodyObject is not { } body)
        {
            return;
        }

        var hasSchema = body.Optional("schemas") is { ValueKind: JsonValueKind.Array } schemas
            && schemas.EnumerateArray().Any(s => s.ValueKind == JsonValueKind.String && s.GetString() == ScimSchemas.PatchOp);
        if (!hasSchema)
        {
            hits.Add(new RuleHit(FindingSeverity.Error,
                $"The PATCH body has no \"schemas\": [\"{ScimSchemas.PatchOp}\"]; Wire rejects it with 400 before applying anything.",
                $"Send {{\"schemas\": [\"{ScimSchemas.PatchOp}\"], \"Operations\": [...]}}."));
        }
    }
}

using System.Text.Json;
using MockWireServer.Scim.Http;

namespace MockWireServer.Grading.Rules;

/// <summary>
/// <c>client.group.shape</c>: hscim's Group has non-optional <c>schemas</c>, <c>displayName</c> and <c>members</c>, and
/// each member needs <c>value</c>, <c>type</c> and <c>$ref</c> (wire-scim.md §1.4); RFC 7643 makes most of them optional.
/// </summary>
public sealed class GroupShapeRule : IClientRule
{
    private static readonly string[] MemberFields = ["value", "type", "$ref"];

    public string Id => "client.group.shape";

    public string Title => "Group bodies carry members, each with value, type and $ref";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        var isGroupWrite = (exchange.Method == "POST" && exchange.Resource == ScimResource.Groups) || (exchange.Method == "PUT" && exchange.Resource == ScimResource.Group);
        if (!isGroupWrite || exchange.BodyObject is not { } body)
        {
            return;
        }

        var missing = new List<string>();
        if (body.Optional("members") is not { ValueKind: JsonValueKind.Array } members)
        {
            missing.Add("members");
        }
        else
        {
            missing.AddRange(members.EnumerateArray()
                .SelectMany(m => MemberFields.Where(f => CaseInsensitiveObject.From(m)?.Optional(f) is not { ValueKind: JsonValueKind.String }))
                .Distinct()
                .Select(f => "members[]." + f));
        }

        if (missing.Count > 0)
        {
            hits.Add(new RuleHit(FindingSeverity.Error,
                $"The group body lacks {string.Join(", ", missing)}; Wire requires them and rejects the group with 400.",
                "Send \"members\" (possibly []) and give every member \"value\", \"type\": \"User\" and \"$ref\" (the member's location)."));
        }
    }
}

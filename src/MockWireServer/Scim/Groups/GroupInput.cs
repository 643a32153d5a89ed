using System.Text.Json;
using MockWireServer.Scim.Http;

namespace MockWireServer.Scim.Groups;

/// <summary>
/// A group body as hscim parses it: schemas, displayName and members are all required, and so are each member's
/// value, type and $ref (non-Maybe fields in hscim's Group). Member ids are kept as text until the rules check them.
/// </summary>
public sealed record GroupInput(string DisplayName, IReadOnlyList<string> MemberIds)
{
    public static InputResult<GroupInput> Parse(JsonElement body)
    {
        if (CaseInsensitiveObject.From(body) is not { } o)
        {
            return InputResult<GroupInput>.Fail("Error in $: parsing Group failed, expected Object");
        }

        if (o.Optional("schemas") is not { ValueKind: JsonValueKind.Array })
        {
            return InputResult<GroupInput>.Fail("Error in $: key \"schemas\" not found");
        }

        var displayName = o.RequiredString("displayName");
        if (!displayName.IsOk)
        {
            return InputResult<GroupInput>.Fail(displayName.Error!);
        }

        if (o.Optional("members") is not { ValueKind: JsonValueKind.Array } members)
        {
            return InputResult<GroupInput>.Fail("Error in $: key \"members\" not found");
        }

        var ids = new List<string>();
        foreach (var member in members.EnumerateArray())
        {
            if (CaseInsensitiveObject.From(member, "$.members[]") is not { } m)
            {
                return InputResult<GroupInput>.Fail("Error in $.members[]: expected Object");
            }

            foreach (var key in new[] { "value", "type", "$ref" })
            {
                var field = m.RequiredString(key);
                if (!field.IsOk)
                {
                    return InputResult<GroupInput>.Fail(field.Error!);
                }
            }

            ids.Add(m.RequiredString("value").Value);
        }

        return InputResult<GroupInput>.Ok(new GroupInput(displayName.Value, ids));
    }
}

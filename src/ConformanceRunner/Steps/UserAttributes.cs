using System.Text.Json.Nodes;
using ConformanceRunner.Targets;
using Reqnroll;

namespace ConformanceRunner.Steps;

/// <summary>
/// Builds SCIM user bodies from a feature's attribute table (<c>| attribute | value |</c>, dotted paths allowed:
/// <c>emails[0].value</c>). Identity attributes (userName, externalId, email values) get the scenario's unique prefix.
/// </summary>
public static partial class UserAttributes
{
    public const string UserSchema = "urn:ietf:params:scim:schemas:core:2.0:User";

    private static readonly string[] IdentityPaths = ["userName", "externalId", "emails[].value"];

    public static JsonObject FromTable(Table table, ScenarioNames names)
    {
        var user = new JsonObject { ["schemas"] = new JsonArray(UserSchema) };
        foreach (var row in table.Rows)
        {
            var path = row[0];
            var value = IsIdentity(path) ? names.Unique(row[1]) : row[1];
            Set(user, path, Typed(value));
        }

        return user;
    }

    public static bool IsIdentity(string path) =>
        IdentityPaths.Contains(IndexPattern().Replace(path, "[]"), StringComparer.OrdinalIgnoreCase);

    /// <summary>"true"/"false" become JSON booleans, whole numbers numbers; everything else stays a string.</summary>
    private static JsonValue? Typed(string value) => value switch
    {
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        "null" => null,
        _ when long.TryParse(value, out var number) && value == number.ToString(System.Globalization.CultureInfo.InvariantCulture) => JsonValue.Create(number),
        _ => JsonValue.Create(value),
    };

    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        JsonNode current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var (name, index) = JsonPath.ParseSegment(parts[i]);
            var last = i == parts.Length - 1;
            if (index is null)
            {
                if (last)
                {
                    current[name] = value;
                    return;
                }

                current = current[name] ??= new JsonObject();
                continue;
            }

            var array = (JsonArray)(current[name] ??= new JsonArray());
            while (array.Count <= index)
            {
                array.Add(new JsonObject());
            }

            if (last)
            {
                array[index.Value] = value;
                return;
            }

            current = array[index.Value]!;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\d+\]")]
    private static partial System.Text.RegularExpressions.Regex IndexPattern();
}

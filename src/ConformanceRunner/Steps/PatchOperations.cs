using System.Text.Json.Nodes;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Steps;

/// <summary>Gives the identity values of a feature's PatchOp (userName, externalId) the scenario's unique prefix.</summary>
public static class PatchOperations
{
    public static string WithUniqueNames(string patchOp, ScenarioNames names)
    {
        var json = JsonNode.Parse(patchOp) ?? throw new FormatException("The PatchOp body is empty.");
        var operations = (json["Operations"] ?? json["operations"]) as JsonArray ?? [];
        foreach (var operation in operations.OfType<JsonObject>())
        {
            var path = operation["path"]?.GetValue<string>();
            if (path is not null && UserAttributes.IsIdentity(path) && operation["value"] is JsonValue value && value.TryGetValue<string>(out var text))
            {
                operation["value"] = names.Unique(text);
            }
            else if (path is null && operation["value"] is JsonObject attributes)
            {
                foreach (var (name, node) in attributes.ToList())
                {
                    if (UserAttributes.IsIdentity(name) && node is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        attributes[name] = names.Unique(s);
                    }
                }
            }
        }

        return json.ToJsonString();
    }
}

using System.Text.Json;
using MockWireServer.Scim.Http;

namespace MockWireServer.Grading.Rules;

/// <summary>
/// <c>client.patch.no-path-replace</c>: a replace without <c>path</c> and an object value (Okta's deactivation, Entra's
/// aadOptscim062020 bulk replace). hscim takes it only when every key is userName, displayName, externalId, active or
/// roles, and the object parses as a User (carries userName); it overwrites externalId, which Wire requires (wire-scim.md §10.2).
/// </summary>
public sealed class PatchNoPathReplaceRule : IClientRule
{
    private static readonly string[] Supported = ["userName", "displayName", "externalId", "active", "roles"];

    public string Id => "client.patch.no-path-replace";

    public string Title => "PATCH replace names a path (Wire takes no-path replace only with userName and supported keys)";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        if (!exchange.IsUsers)
        {
            return;
        }

        foreach (var operation in SentValues.Operations(exchange))
        {
            if (operation.Kind == "remove" || operation.Path is not null || operation.Value is not { ValueKind: JsonValueKind.Object } value)
            {
                continue;
            }

            var keys = CaseInsensitiveObject.From(value)!.Keys.ToList();
            var unsupported = keys.Where(k => !Supported.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
            var hasUserName = keys.Contains("userName", StringComparer.OrdinalIgnoreCase);
            var hasExternalId = keys.Contains("externalId", StringComparer.OrdinalIgnoreCase);
            if (unsupported.Count > 0)
            {
                hits.Add(new RuleHit(FindingSeverity.Error,
                    $"A {operation.Op} without path sets {string.Join(", ", unsupported.Select(k => $"\"{k}\""))}; Wire accepts only {string.Join(", ", Supported)} in that form and rejects the whole PATCH with 400.",
                    "Send one operation per attribute with a path, and only for attributes Wire supports. For Entra ID, remove the unsupported attribute mappings."));
            }
            else if (!hasUserName)
            {
                hits.Add(new RuleHit(FindingSeverity.Error,
                    $"A {operation.Op} without path carries {string.Join(", ", keys)} but no userName; Wire parses the value as a whole User and rejects it with 400.",
                    $"Name the path: {{\"op\":\"replace\",\"path\":\"{keys.FirstOrDefault() ?? "active"}\",\"value\":...}}."));
            }
            else if (!hasExternalId)
            {
                hits.Add(new RuleHit(FindingSeverity.Error,
                    "A replace without path overwrites userName, displayName, externalId and active at once; this one has no externalId, so Wire clears it and rejects the PATCH with 400 \"externalId is required\".",
                    "Name the path of each attribute you change, or include userName and externalId in the value."));
            }
            else
            {
                hits.Add(new RuleHit(FindingSeverity.Warning,
                    "A replace without path overwrites userName, displayName, externalId and active at once; Wire accepts it because the value carries userName.",
                    "Prefer one operation per attribute with a path."));
            }
        }
    }
}

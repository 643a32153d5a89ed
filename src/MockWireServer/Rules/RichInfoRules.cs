using MockWireServer.Store;

namespace MockWireServer.Rules;

/// <summary>
/// Wire's rich info (wire-scim.md §8.1): both extension URNs feed one ordered list of (type, value) fields.
/// Types compare case-insensitively; the map form overwrites list entries in place and appends the rest alphabetically.
/// </summary>
public static class RichInfoRules
{
    public const string MapUrn = "urn:ietf:params:scim:schemas:extension:wire:1.0:User";
    public const string ListUrn = "urn:wire:scim:schemas:profile:1.0";

    /// <summary>Merges the list form and the map form; empty values are dropped and the first of duplicates wins.</summary>
    public static IReadOnlyList<RichInfoField> Merge(IReadOnlyList<RichInfoField> list, IReadOnlyList<RichInfoField> map)
    {
        var merged = new List<RichInfoField>();
        foreach (var field in list)
        {
            if (!merged.Exists(f => SameType(f.Type, field.Type)))
            {
                merged.Add(field);
            }
        }

        foreach (var entry in map.OrderBy(e => e.Type, StringComparer.Ordinal))
        {
            var index = merged.FindIndex(f => SameType(f.Type, entry.Type));
            if (index >= 0)
            {
                merged[index] = merged[index] with { Value = entry.Value };
            }
            else
            {
                merged.Add(entry);
            }
        }

        merged.RemoveAll(f => f.Value.Length == 0);
        // Most users have no rich info; sharing the empty list spares every stored user one object (issue 11: each
        // object a created user keeps is copied by the next two collections). Not `merged.Count == 0 ? [] : merged`:
        // beside a List, that [] is a new empty List.
        if (merged.Count == 0)
        {
            return [];
        }

        return merged;
    }

    /// <summary>Sets one field (PATCH add/replace on an extension path): existing types keep their position.</summary>
    public static IReadOnlyList<RichInfoField> Set(IReadOnlyList<RichInfoField> fields, string type, string value)
    {
        var result = fields.ToList();
        var index = result.FindIndex(f => SameType(f.Type, type));
        if (index >= 0)
        {
            result[index] = result[index] with { Value = value };
        }
        else
        {
            result.Add(new RichInfoField(type, value));
        }

        result.RemoveAll(f => f.Value.Length == 0);
        return result;
    }

    public static IReadOnlyList<RichInfoField> Remove(IReadOnlyList<RichInfoField> fields, string type) =>
        fields.Where(f => !SameType(f.Type, type)).ToList();

    /// <summary>The size Wire limits: the sum of type and value lengths in characters.</summary>
    public static int Size(IReadOnlyList<RichInfoField> fields) =>
        fields.Sum(f => DisplayNameRules.CodePoints(f.Type) + DisplayNameRules.CodePoints(f.Value));

    public static string TooLargeDetail(int limit, int size, string suffix) =>
        $"[\"{MapUrn}\",\"{ListUrn}\"] together exceed the size limit: max {limit} characters, but got {size} {suffix}";

    public static bool SameType(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>hscim's attribute-name grammar for the key of an extension PATCH path.</summary>
    public static bool IsValidKey(string key) =>
        key.Length > 0 && char.IsAsciiLetter(key[0]) && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}

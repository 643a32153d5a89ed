namespace MockWireServer.Rules;

/// <summary>displayName is brig's Name: 1..128 Unicode code points, no trimming (wire-scim.md §5).</summary>
public static class DisplayNameRules
{
    public const int MinLength = 1;
    public const int MaxLength = 128;

    /// <summary>Haskell Text length counts code points, not UTF-16 units: an emoji is one.</summary>
    public static int CodePoints(string value)
    {
        var count = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    public static bool IsValid(string value) => IsValid(value, Faults.BrokenRules.None);

    public static bool IsValid(string value, Faults.BrokenRules broken) =>
        (broken.Breaks("wire.displayname.length") ? value.Length : CodePoints(value)) is >= MinLength and <= MaxLength;

    public static string OutOfRangeDetail(string suffix) => $"Name: outside range [{MinLength}, {MaxLength}] {suffix}";
}

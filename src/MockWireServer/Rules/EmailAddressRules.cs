namespace MockWireServer.Rules;

/// <summary>A deliberately small email syntax check: local@domain with a dot-free-or-dotted domain, no spaces.</summary>
public static class EmailAddressRules
{
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 320 || value.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var at = value.LastIndexOf('@');
        return at > 0 && at < value.Length - 1 && value.IndexOf('@') == at && !value.EndsWith('.');
    }
}

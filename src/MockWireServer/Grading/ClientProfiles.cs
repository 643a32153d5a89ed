namespace MockWireServer.Grading;

/// <summary>
/// A known SCIM client and the quirks it is documented to send (scim-landscape.md §1–2). An expected quirk that works on
/// Wire is reported as info; one that Wire rejects stays an error, since the admin still has to act on it.
/// </summary>
public sealed record ClientProfile(string Name, string Client, IReadOnlySet<string> ExpectedRules)
{
    public bool Expects(string ruleId) => ExpectedRules.Contains(ruleId);
}

public static class ClientProfiles
{
    public static readonly ClientProfile Generic = new("generic", "a generic SCIM client", new HashSet<string>());

    /// <summary>Entra ID's default (legacy) dialect: capitalised ops, "True"/"False" strings, one op per path.</summary>
    public static readonly ClientProfile Entra = new("entra", "Microsoft Entra ID", new HashSet<string>
    {
        "client.patch.op-case",
        "client.patch.string-boolean",
        "client.patch.value-filter-path",
    });

    /// <summary>Entra ID with <c>?aadOptscim062020</c> on the tenant URL: lowercase ops, booleans, no-path replace with dotted keys.</summary>
    public static readonly ClientProfile EntraAadOptScim062020 = new("entra-aadoptscim062020", "Microsoft Entra ID (aadOptscim062020)", new HashSet<string>
    {
        "client.patch.no-path-replace",
        "client.patch.value-filter-path",
    });

    /// <summary>Okta: deactivation by no-path replace, <c>emails[primary eq true].value</c>, list without a filter on Test Connection.</summary>
    public static readonly ClientProfile Okta = new("okta", "Okta", new HashSet<string>
    {
        "client.patch.no-path-replace",
        "client.patch.value-filter-path",
        "client.filter.missing",
    });

    public static IReadOnlyList<ClientProfile> All { get; } = [Generic, Entra, EntraAadOptScim062020, Okta];

    public static ClientProfile? Find(string? name) =>
        string.IsNullOrWhiteSpace(name) ? Generic : All.FirstOrDefault(p => p.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
}

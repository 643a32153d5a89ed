namespace MockWireServer.Grading.Rules;

/// <summary>
/// <c>client.group.patch-unsupported</c>: spar's patchGroup is <c>undefined</c>, so any PATCH on a group crashes
/// (probably 500; the mock answers 501). Group changes must be full PUTs (wire-scim.md §1.4).
/// </summary>
public sealed class GroupPatchRule : IClientRule
{
    public string Id => "client.group.patch-unsupported";

    public string Title => "Groups are changed with PUT (Wire has no PATCH on Groups)";

    public void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits)
    {
        if (exchange.Method == "PATCH" && exchange.Resource == ScimResource.Group)
        {
            hits.Add(new RuleHit(FindingSeverity.Error,
                "PATCH on a group: Wire does not implement it (the request fails), so membership changes are lost.",
                "Replace the group with PUT /Groups/{id} carrying the full member list; if the client can only PATCH groups, do not provision groups to Wire."));
        }
    }
}

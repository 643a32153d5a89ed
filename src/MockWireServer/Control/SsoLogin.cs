using MockWireServer.Scim.Errors;
using MockWireServer.Store;
using Microsoft.Extensions.Options;

namespace MockWireServer.Control;

/// <summary>
/// A SAML login reaching spar's verdict handler (wire-scim.md §3). An unknown NameID is just-in-time provisioned only while
/// the team has no SCIM token; otherwise spar's guardScimTokens refuses it. Known users log in either way.
/// The refusal is rendered as the mobile flow's label <c>not-found</c>; the web flow would show an HTML page labelled
/// <c>forbidden</c> with the same message.
/// </summary>
public sealed class SsoLogin(WireStore store, TimeProvider clock, IOptions<MockWireOptions> options, Faults.BrokenRules broken)
{
    public const string AutoProvisioningDisabled = "Could not find SAML credentials, and auto-provisioning is disabled.";

    public (StoredUser? User, bool Created, WireError? Error) Login(Team team, Guid idpId, string nameId)
    {
        if (!team.Idps.Exists(i => i.Id == idpId))
        {
            return (null, false, WireError.NotFound("Could not find IdP."));
        }

        if (store.FindUserByExternalId(team, idpId, nameId) is { } existing)
        {
            return existing.Status == AccountStatus.Suspended
                ? (null, false, WireError.Forbidden("suspended", "Account suspended."))
                : (existing, false, null);
        }

        if (!team.Tokens.IsEmpty && !broken.Breaks("wire.token.disables-sso-provisioning"))
        {
            return (null, false, WireError.NotFound(AutoProvisioningDisabled));
        }

        var now = team.Now(clock);
        var id = Guid.NewGuid();
        // A JIT user has no handle; when SCIM finds it, spar uses the UUID as handle (testGetUserWithNoHandle).
        var user = new StoredUser
        {
            Id = id,
            TeamId = team.Id,
            Handle = id.ToString(),
            ExternalId = nameId,
            IdpId = idpId,
            DisplayName = nameId.Length <= Rules.DisplayNameRules.MaxLength ? nameId : nameId[..Rules.DisplayNameRules.MaxLength],
            Email = Rules.EmailAddressRules.IsValid(nameId) ? new StoredEmail(nameId, null, null) : null,
            Status = AccountStatus.Active,
            Role = Rules.RoleRules.DefaultRole,
            Language = options.Value.DefaultLanguage,
            ManagedByScim = false,
            Created = now,
            LastModified = now,
        };
        var outcome = store.CreateUser(team, user);
        return outcome.Status == UserWriteStatus.Written
            ? (user, true, null)
            : store.FindUserByExternalId(team, idpId, nameId) is { } raced ? (raced, false, null) : (null, false, new WireError(409, "conflict", "Concurrent login"));
    }
}

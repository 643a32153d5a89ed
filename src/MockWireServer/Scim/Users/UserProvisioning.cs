using MockWireServer.Faults;
using MockWireServer.Rules;
using MockWireServer.Scim.Errors;
using MockWireServer.Store;
using MockWireServer.Tokens;
using Microsoft.Extensions.Options;

namespace MockWireServer.Scim.Users;

/// <summary>
/// spar's create, replace and delete of SCIM users: validation, then the uniqueness checks, then the store, then the
/// mails Wire sends (invitation in email mode, verification in SAML mode with validateSAMLemails on).
/// </summary>
public sealed class UserProvisioning(WireStore store, TimeProvider clock, IOptions<MockWireOptions> options, BrokenRules broken)
{
    private const int MaxStaleRetries = 16;

    private MockWireOptions Options => options.Value;

    public (StoredUser? User, ScimError? Error) Create(ScimCaller caller, ScimUserInput input)
    {
        var (valid, error) = UserValidation.Validate(input, caller.SamlMode, UserValidation.PostSuffix, Options.RichInfoLimit, Options.DefaultLanguage, broken);
        if (error is not null)
        {
            return (null, error);
        }

        var now = Now(caller.Team);
        var samlMode = caller.SamlMode;
        var user = new StoredUser
        {
            Id = Guid.NewGuid(),
            TeamId = caller.Team.Id,
            Handle = valid!.Handle,
            ExternalId = valid.ExternalId,
            IdpId = caller.Token.IdpId,
            DisplayName = valid.DisplayName,
            Email = valid.Email,
            // UNCONFIRMED (wire-scim.md §7): spar derives the status at creation from brig, not from the request, so
            // "active": false on POST does not suspend. Email mode always starts as a pending invitation.
            Status = samlMode ? AccountStatus.Active : AccountStatus.PendingInvitation,
            Role = valid.Role ?? RoleRules.DefaultRole,
            Language = valid.Language,
            RichInfo = valid.RichInfo,
            Created = now,
            LastModified = now,
        };

        if (HandleRules.IsBlocked(user.Handle) && !broken.Breaks("wire.handle.reserved"))
        {
            // brig rejects blocklisted handles after spar's checks; its error arrives wrapped (wire-scim.md §4, UNCONFIRMED).
            return store.FindUserByExternalId(caller.Team, user.IdpId, user.ExternalId) is { } holder
                ? (null, ExternalIdTakenOnCreate(holder))
                : (null, ScimError.WrappedWireError(InvalidHandle));
        }

        var outcome = store.CreateUser(caller.Team, user);
        switch (outcome.Status)
        {
            case UserWriteStatus.ExternalIdTaken:
                return (null, ExternalIdTakenOnCreate(outcome.Holder!));
            case UserWriteStatus.HandleTaken:
                return (null, ScimError.Uniqueness("userName is already taken"));
        }

        SendMails(caller.Team, user, previous: null);
        return (user, null);
    }

    public (StoredUser? User, ScimError? Error) Replace(ScimCaller caller, Guid id, Func<StoredUser, (ScimUserInput? Input, ScimError? Error)> inputFor)
    {
        for (var attempt = 0; attempt < MaxStaleRetries; attempt++)
        {
            if (store.FindUser(caller.Team, id) is not { } current)
            {
                return (null, ScimError.NotFound("User", id.ToString()));
            }

            var (input, inputError) = inputFor(current);
            if (inputError is not null)
            {
                return (null, inputError);
            }

            var (valid, error) = UserValidation.Validate(input!, caller.SamlMode, UserValidation.PutSuffix, Options.RichInfoLimit, Options.DefaultLanguage, broken);
            if (error is not null)
            {
                return (null, error);
            }

            var updated = Apply(current, valid!, caller);
            if (ScimUserRenderer.RenderContent(updated).AsSpan().SequenceEqual(ScimUserRenderer.RenderContent(current)))
            {
                // No effective change: the stored user, same version and lastModified (testSameUpdateNoChange).
                return (current, null);
            }

            if (HandleRules.IsBlocked(updated.Handle) && updated.Handle != current.Handle && !broken.Breaks("wire.handle.reserved"))
            {
                return (null, ScimError.WrappedWireError(InvalidHandle));
            }

            var outcome = store.ReplaceUser(caller.Team, current, updated);
            switch (outcome.Status)
            {
                case UserWriteStatus.Written:
                    SendMails(caller.Team, updated, current);
                    return (updated, null);
                case UserWriteStatus.NotFound:
                    return (null, ScimError.NotFound("User", id.ToString()));
                case UserWriteStatus.ExternalIdTaken:
                    return (null, ScimError.Uniqueness("externalId already in use by another Wire user"));
                case UserWriteStatus.HandleTaken:
                    return (null, ScimError.Uniqueness("userName already in use by another wire user"));
            }
        }

        return (null, new ScimError(409, null, "The user was changed concurrently too often; retry."));
    }

    /// <summary>The status table of wire-scim.md §7: SCIM can suspend and reactivate, never activate an invitation.</summary>
    public static AccountStatus NextStatus(AccountStatus current, bool? active, BrokenRules broken) => (current, active) switch
    {
        (AccountStatus.PendingInvitation, true) when broken.Breaks("wire.active.invited-stays-inactive") => AccountStatus.Active,
        (AccountStatus.PendingInvitation, _) => AccountStatus.PendingInvitation,
        (AccountStatus.Suspended, not false) when broken.Breaks("wire.active.reactivate") => AccountStatus.Suspended,
        (_, false) when broken.Breaks("wire.active.suspend") => current,
        (_, false) => AccountStatus.Suspended,
        _ => AccountStatus.Active,
    };

    private StoredUser Apply(StoredUser current, ValidatedUser valid, ScimCaller caller) => current with
    {
        Handle = valid.Handle,
        ExternalId = valid.ExternalId,
        IdpId = caller.Token.IdpId ?? current.IdpId,
        DisplayName = valid.DisplayName,
        Email = valid.Email,
        Status = NextStatus(current.Status, valid.Active, broken),
        // An empty or absent roles list keeps the current role on PUT (CHANGELOG #3488).
        Role = valid.Role ?? current.Role,
        Language = valid.Language,
        RichInfo = valid.RichInfo,
        LastModified = Now(caller.Team),
    };

    private void SendMails(Team team, StoredUser user, StoredUser? previous)
    {
        if (user.Email is not { } email)
        {
            return;
        }

        if (previous is null && user.Status == AccountStatus.PendingInvitation)
        {
            var code = MailCode.New();
            store.AddInvitation(code, team, user);
            if (broken.Breaks("wire.invite.mail"))
            {
                return;
            }

            team.Outbox.Add(new OutboxMail("invitation", email.Value, user.Id, code, Now(team)));
            return;
        }

        // In SAML mode with validateSAMLemails on, brig sends an activation mail; again when the address changes.
        var emailChanged = previous?.Email?.Value != email.Value;
        if (user.IsSaml && team.ValidateSamlEmails && emailChanged && !broken.Breaks("wire.saml.email-validation"))
        {
            team.Outbox.Add(new OutboxMail("verification", email.Value, user.Id, MailCode.New(), Now(team)));
        }
    }

    private static ScimError ExternalIdTakenOnCreate(StoredUser holder) =>
        ScimError.Uniqueness($"ExternalId is already taken: user with status {holder.Status} exists");

    private static readonly WireError InvalidHandle = WireError.BadRequest(
        "invalid-handle",
        "The given handle is invalid (less than 2 or more than 256 characters; chars not in \"a-z0-9_.-\"; or on the blocklist)");

    private DateTimeOffset Now(Team team)
    {
        var now = team.Now(clock);
        // spar keeps milliseconds; truncating keeps the stored and rendered values equal.
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}

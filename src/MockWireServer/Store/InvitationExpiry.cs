using Microsoft.Extensions.Options;

namespace MockWireServer.Store;

/// <summary>
/// Brig deletes a SCIM-invited user whose invitation was not accepted within the timeout; spar then treats it as absent,
/// so GET is 404 and a new POST is 201 (testSparUserCreationInvitationTimeout). Checked for the caller's team on every
/// SCIM request, before an invitation is accepted and whenever the mock's clock moves.
/// </summary>
public sealed class InvitationExpiry(WireStore store, TimeProvider clock, IOptions<MockWireOptions> options, Faults.BrokenRules broken)
{
    /// <summary>Expires the due invitations of every team; returns how many users were deleted.</summary>
    public int Sweep() => store.Teams.Sum(Sweep);

    public int Sweep(Team team)
    {
        if (broken.Breaks("wire.invite.timeout"))
        {
            return 0;
        }

        var expired = 0;
        foreach (var invitation in team.Invitations.TakeCreatedBy(team.Now(clock) - options.Value.InvitationTimeout))
        {
            store.RemoveInvitation(invitation.Code);
            // Accepted in the meantime, or deleted and created again under the same id: not this invitation's user.
            if (store.FindUser(team, invitation.UserId) is { Status: AccountStatus.PendingInvitation } user && user.Created == invitation.Created)
            {
                store.DeleteUser(team, user.Id);
                expired++;
            }
        }

        return expired;
    }
}

using MockWireServer.Store;
using Microsoft.Extensions.Options;

namespace MockWireServer.Control;

/// <summary>
/// Brig deletes a SCIM-invited user whose invitation was not accepted within the timeout; spar then treats it as absent,
/// so GET is 404 and a new POST is 201 (testSparUserCreationInvitationTimeout). Runs whenever the mock's clock moves.
/// </summary>
public sealed class InvitationExpiry(WireStore store, TimeProvider clock, IOptions<MockWireOptions> options, Faults.BrokenRules broken)
{
    public int Sweep()
    {
        if (broken.Breaks("wire.invite.timeout"))
        {
            return 0;
        }

        var expired = 0;
        foreach (var (code, teamId, userId) in store.Invitations.ToList())
        {
            if (store.FindTeam(teamId) is not { } team || team.Users.GetValueOrDefault(userId) is not { } user)
            {
                store.RemoveInvitation(code);
                continue;
            }

            if (user.Status == AccountStatus.PendingInvitation && user.Created <= team.Now(clock) - options.Value.InvitationTimeout)
            {
                store.DeleteUser(team, userId);
                store.RemoveInvitation(code);
                expired++;
            }
        }

        return expired;
    }
}

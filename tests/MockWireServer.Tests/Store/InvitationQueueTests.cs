using MockWireServer.Store;

namespace MockWireServer.Tests.Store;

/// <summary>A team's pending invitations come out oldest first, and only once they are due.</summary>
public sealed class InvitationQueueTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly int[] CreatedHours = [3, 1, 4, 2];

    [Fact]
    public void Only_invitations_created_by_the_cutoff_are_taken_oldest_first_and_only_once()
    {
        var queue = new InvitationQueue();
        var invitations = CreatedHours.Select(hours => new PendingInvitation((UInt128)hours, Guid.NewGuid(), Start.AddHours(hours))).ToList();
        invitations.ForEach(queue.Add);

        var due = queue.TakeCreatedBy(Start.AddHours(2));

        due.Select(i => (int)i.Code).Should().Equal(1, 2);
        queue.TakeCreatedBy(Start.AddHours(2)).Should().BeEmpty("taken invitations are gone");
        queue.TakeCreatedBy(Start.AddHours(3.5)).Select(i => (int)i.Code).Should().Equal(3);
        queue.Count.Should().Be(1);
    }

    [Fact]
    public void An_invitation_older_than_the_oldest_waiting_one_is_still_taken_when_due()
    {
        var queue = new InvitationQueue();
        queue.Add(new PendingInvitation(1, Guid.NewGuid(), Start.AddHours(5)));
        queue.TakeCreatedBy(Start).Should().BeEmpty();

        queue.Add(new PendingInvitation(2, Guid.NewGuid(), Start.AddHours(-1)));

        queue.TakeCreatedBy(Start).Select(i => (int)i.Code).Should().Equal(2);
    }

    [Fact]
    public async Task Invitations_added_and_taken_from_many_threads_are_each_taken_exactly_once()
    {
        var queue = new InvitationQueue();
        var taken = new System.Collections.Concurrent.ConcurrentBag<UInt128>();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                queue.Add(new PendingInvitation((UInt128)((w * 5_000) + i), Guid.NewGuid(), Start.AddSeconds(i)));
            }
        }));
        var takers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                foreach (var invitation in queue.TakeCreatedBy(Start.AddSeconds(i)))
                {
                    taken.Add(invitation.Code);
                }
            }
        }));

        await Task.WhenAll(writers.Concat(takers));
        foreach (var invitation in queue.TakeCreatedBy(DateTimeOffset.MaxValue))
        {
            taken.Add(invitation.Code);
        }

        taken.Should().HaveCount(20_000).And.OnlyHaveUniqueItems();
    }
}

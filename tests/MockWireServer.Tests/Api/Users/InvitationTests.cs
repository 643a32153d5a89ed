using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MockWireServer.Hosting;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Api.Users;

/// <summary>Email mode: a team invitation mail, inactive until accepted, deleted on timeout (wire-scim.md §6.2, §14.5).</summary>
public sealed class InvitationTests
{
    [Fact]
    public async Task An_invited_user_gets_an_invitation_mail_and_is_inactive_until_accepting()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var body = UserBodies.EmailMode();

        var created = await scim.CreateUserAsync(body);

        created.Json.GetProperty("active").GetBoolean().Should().BeFalse();
        var mail = (await scim.Team.OutboxAsync()).Should().ContainSingle().Subject;
        mail.Kind.Should().Be("invitation");
        mail.To.Should().Be(body["externalId"]!.GetValue<string>());
        mail.UserId.ToString().Should().Be(created.Id);
    }

    [Fact]
    public async Task Accepting_the_invitation_makes_the_user_active()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.EmailMode());

        (await scim.Team.AcceptInvitationAsync(created.Id)).Code.Should().Be(200);

        (await scim.GetUserAsync(created.Id)).Json.GetProperty("active").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task The_role_is_held_by_the_invitation_and_shows_only_after_accepting()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.EmailMode().With("roles", new JsonArray("admin")));

        created.Json.GetProperty("roles").ToString().Should().Be("""[{"value":"member"}]""");
        await scim.Team.AcceptInvitationAsync(created.Id);

        (await scim.GetUserAsync(created.Id)).Json.GetProperty("roles").ToString().Should().Be("""[{"value":"admin"}]""");
    }

    [Fact]
    public async Task Scim_cannot_activate_a_pending_invitation()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var body = UserBodies.EmailMode();
        var created = await scim.CreateUserAsync(body);

        var put = await scim.PutUserAsync(created.Id, body.With("active", true));
        var patch = await scim.PatchUserAsync(created.Id, PatchOps.Replace("active", true));

        put.Json.GetProperty("active").GetBoolean().Should().BeFalse();
        patch.Json.GetProperty("active").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task A_re_post_before_the_invitation_expires_is_a_conflict()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var body = UserBodies.EmailMode();
        await scim.CreateUserAsync(body);

        await wire.AdvanceClockAsync(TimeSpan.FromDays(20));

        (await scim.PostUserAsync(body)).ShouldBeScimError(409, "uniqueness");
    }

    [Fact]
    public async Task An_invitation_not_accepted_within_21_days_deletes_the_user_so_it_can_be_posted_again()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var body = UserBodies.EmailMode();
        var created = await scim.CreateUserAsync(body);

        await wire.AdvanceClockAsync(TimeSpan.FromDays(21));

        (await scim.GetUserAsync(created.Id)).ShouldBeScimError(404, null);
        (await scim.PostUserAsync(body)).Code.Should().Be(201);
    }

    [Fact]
    public async Task An_invitation_that_timed_out_while_no_one_moved_the_clock_is_gone_at_the_next_request()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var body = UserBodies.EmailMode();
        var created = await scim.CreateUserAsync(body);

        // Time passes as it does on a real server: no control-plane call that would expire invitations on the way.
        wire.Services.GetRequiredService<MockClock>().Advance(TimeSpan.FromDays(21));

        (await scim.GetUserAsync(created.Id)).ShouldBeScimError(404, null);
        (await scim.PostUserAsync(body)).Code.Should().Be(201);
    }

    [Fact]
    public async Task An_invitation_that_timed_out_cannot_be_accepted_and_others_stay()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var expired = await scim.CreateUserAsync(UserBodies.EmailMode());
        wire.Services.GetRequiredService<MockClock>().Advance(TimeSpan.FromDays(20));
        var recent = await scim.CreateUserAsync(UserBodies.EmailMode());
        wire.Services.GetRequiredService<MockClock>().Advance(TimeSpan.FromDays(1));

        (await scim.Team.AcceptInvitationAsync(expired.Id)).Code.Should().Be(404);
        (await scim.Team.AcceptInvitationAsync(recent.Id)).Code.Should().Be(200);
        (await scim.GetUserAsync(recent.Id)).Json.GetProperty("active").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Advancing_one_teams_clock_expires_only_that_teams_invitations()
    {
        await using var wire = await MockWireHost.StartAsync();
        var expiring = await wire.EmailModeAsync();
        var untouched = await wire.EmailModeAsync();
        var expired = await expiring.CreateUserAsync(UserBodies.EmailMode());
        var kept = await untouched.CreateUserAsync(UserBodies.EmailMode());

        await wire.AdvanceTeamClockAsync(expiring.Team.TeamId, TimeSpan.FromDays(21));

        (await expiring.GetUserAsync(expired.Id)).Code.Should().Be(404);
        (await untouched.GetUserAsync(kept.Id)).Code.Should().Be(200);
    }

    [Fact]
    public async Task An_accepted_invitation_does_not_expire()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.EmailMode());
        await scim.Team.AcceptInvitationAsync(created.Id);

        await wire.AdvanceClockAsync(TimeSpan.FromDays(30));

        (await scim.GetUserAsync(created.Id)).Code.Should().Be(200);
    }

    [Fact]
    public async Task The_invitation_timeout_is_configurable()
    {
        await using var wire = await MockWireHost.StartAsync(o => o.InvitationTimeout = TimeSpan.FromDays(1));
        var scim = await wire.EmailModeAsync();
        var created = await scim.CreateUserAsync(UserBodies.EmailMode());

        await wire.AdvanceClockAsync(TimeSpan.FromDays(1));

        (await scim.GetUserAsync(created.Id)).Code.Should().Be(404);
    }

    [Fact]
    public async Task An_invited_user_is_found_by_filter()
    {
        await using var wire = await MockWireHost.StartAsync();
        var scim = await wire.EmailModeAsync();
        var body = UserBodies.EmailMode();
        await scim.CreateUserAsync(body);

        var found = await scim.FilterUsersAsync($"userName eq \"{body["userName"]}\"");

        found.Json.GetProperty("totalResults").GetInt32().Should().Be(1);
    }
}

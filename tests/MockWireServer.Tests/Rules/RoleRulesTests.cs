using MockWireServer.Rules;

namespace MockWireServer.Tests.Rules;

/// <summary>Team roles a SCIM client may set (wire-scim.md §8.2) and who may manage tokens (§2.2).</summary>
public sealed class RoleRulesTests
{
    [Theory]
    [InlineData("owner", true)]
    [InlineData("admin", true)]
    [InlineData("member", true)]
    [InlineData("partner", true)]
    [InlineData("foobar", false)]
    [InlineData("Admin", false)]
    [InlineData("", false)]
    public void Only_wires_four_roles_are_valid(string role, bool valid) => RoleRules.IsValid(role).Should().Be(valid);

    [Theory]
    [InlineData("owner", true)]
    [InlineData("admin", true)]
    [InlineData("member", false)]
    [InlineData("partner", false)]
    public void Only_owners_and_admins_may_manage_scim_tokens(string role, bool may) =>
        RoleRules.MayManageTokens(role).Should().Be(may);

    [Fact]
    public void The_default_role_is_member() => RoleRules.DefaultRole.Should().Be("member");

    [Fact]
    public void The_error_details_match_wires_texts()
    {
        RoleRules.TooManyDetail("(post)").Should().Be("A user cannot have more than one role. (post)");
        RoleRules.InvalidDetail("foobar", "(post)").Should().Be("The role 'foobar' is not valid. Valid roles are owner, admin, member, partner. (post)");
    }
}

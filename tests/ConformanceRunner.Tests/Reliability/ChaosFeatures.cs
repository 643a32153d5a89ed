namespace ConformanceRunner.Tests.Reliability;

/// <summary>What the chaos tests run: users, a group and tokens created on the target, so cleanup has work to do.</summary>
internal static class ChaosFeatures
{
    public const string Provisioning = """
        Feature: provisioning on a faulty server
          Background:
            Given a team provisioned by SCIM with email invitations

          Scenario Outline: creates two users and a group (<n>)
            Given a user with userName "jane.<n>" exists
            When the client creates a user with userName "john.<n>"
            Then the user is created
            When the client creates a group "staff.<n>" with the members "jane.<n>, john.<n>"
            Then the group is created

            Examples:
              | n |
              | 1 |
              | 2 |
              | 3 |
              | 4 |
              | 5 |
              | 6 |
        """;

    public const string Tokens = """
        Feature: tokens on a faulty server
          Background:
            Given a team provisioned by SCIM with email invitations

          Scenario Outline: the admin creates a token (<n>)
            Given the team admin is logged in to Wire
            When the admin creates a SCIM token with their password
            Then a SCIM token is issued

            Examples:
              | n |
              | 1 |
              | 2 |
              | 3 |
        """;

    public const string OneUser = """
        Feature: one user
          Background:
            Given a team provisioned by SCIM with email invitations

          Scenario: creates a user
            When the client creates a user with userName "solo"
            Then the user is created
        """;
}

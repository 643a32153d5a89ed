using Reqnroll;

namespace ConformanceRunner.Tests.Execution;

/// <summary>Bindings that clash with the runner's own on purpose; only runs that add this assembly see them.</summary>
[Binding]
public sealed class DuplicateSteps
{
    [Given("a team provisioned by SCIM with email invitations")]
    public void GivenATeamTheOtherWay()
    {
    }
}

using ConformanceRunner.Targets;

namespace ConformanceRunner.Steps;

/// <summary>The team the scenario provisioned (set by <see cref="TeamSteps"/>), and the SCIM token to use for it.</summary>
public sealed class ScenarioTeam
{
    private TeamAccess? _access;

    public TeamAccess Access
    {
        get => _access ?? throw new InvalidOperationException(
            "The scenario has no team yet: start it with \"Given a team provisioned by SCIM with email invitations\" (or \"with SAML SSO\").");
        set => _access = value;
    }

    public bool IsProvisioned => _access is not null;
}

namespace ConformanceRunner.Execution;

/// <summary>
/// Why a scenario is skipped on a target, in one wording, with the target's name: the executor says it and records it in
/// <see cref="ScenarioSkips"/> for the reports.
/// </summary>
public static class SkipReasons
{
    public const string MockOnlyTag = "@mock-only";

    public const string OwnTeamTag = "@own-team";

    public static string MockOnly(string target) => $"{MockOnlyTag}: needs the mock's /mock control plane, which {target} does not have";

    public static string OwnTeam(string target) =>
        $"{OwnTeamTag}: checks team-wide state (SCIM token counts, the token limit, the team's IdP), which on {target} is shared with the operator and parallel scenarios";
}

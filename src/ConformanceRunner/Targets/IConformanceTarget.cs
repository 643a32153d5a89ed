namespace ConformanceRunner.Targets;

/// <summary>
/// A SCIM server the features run against. Step classes never see the concrete target: they get a
/// <see cref="TargetSession"/> per scenario and speak HTTP through it.
/// </summary>
public interface IConformanceTarget : IAsyncDisposable
{
    /// <summary>What the output prints as the target ("in-memory mock", the base URL).</summary>
    string Name { get; }

    /// <summary>Whether the target has the mock's <c>/mock</c> control plane (invitations, SSO logins, the clock).</summary>
    bool HasControlPlane { get; }

    /// <summary>
    /// Whether each scenario gets a team nobody else uses. False on a live server: there the operator's team is shared
    /// with parallel scenarios and whatever else lives there, so team-wide counts (tokens, IdPs) are not the scenario's.
    /// </summary>
    bool TeamPerScenario { get; }

    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>A fresh, isolated session for one scenario; nothing is sent until a step needs it.</summary>
    TargetSession OpenSession(ScenarioNames names);
}

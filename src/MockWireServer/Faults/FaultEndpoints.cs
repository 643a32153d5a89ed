namespace MockWireServer.Faults;

/// <summary><c>GET /mock/faults</c>: every injectable fault, its rule id, what it does, and whether it is on.</summary>
public static class FaultEndpoints
{
    public static IEndpointRouteBuilder MapMockFaults(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/mock/faults", (BrokenRules broken) => Results.Json(
            FaultCatalogue.All.Select(f => new { ruleId = f.RuleId, description = f.Description, broken = broken.Breaks(f.RuleId) })))
            .WithTags("Mock control plane");
        return routes;
    }
}

namespace MockWireServer.Grading;

/// <summary>What a rule says about one request; the grader adds the request, the response and the profile's view.</summary>
public sealed record RuleHit(FindingSeverity Severity, string Message, string Fix);

/// <summary>
/// One rule a SCIM client must follow to work with Wire (or RFC 7644). Rules are small and pure: everything they may
/// remember across requests lives in the <see cref="ClientHistory"/> they are given.
/// </summary>
public interface IClientRule
{
    string Id { get; }

    /// <summary>One line for the reports' list of rules.</summary>
    string Title { get; }

    IEnumerable<RuleHit> Check(ClientExchange exchange, ClientHistory history);
}

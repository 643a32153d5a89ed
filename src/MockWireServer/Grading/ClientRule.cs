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

    /// <summary>
    /// Adds to <paramref name="hits"/> what the rule finds wrong with this request. Most requests do not concern most rules,
    /// which then return at once: a lazy sequence per rule and request cost a tenth of a filter request (issue 11).
    /// </summary>
    void Check(ClientExchange exchange, ClientHistory history, ICollection<RuleHit> hits);
}

using MockWireServer.Grading.Rules;

namespace MockWireServer.Grading;

/// <summary>Every client rule, in the order findings for one request are reported. Add a rule here and in its own file under Rules/.</summary>
public static class ClientRuleCatalogue
{
    /// <summary>Reported when Wire rejected a request and no other rule says why.</summary>
    public const string RejectedRuleId = "client.request.rejected";

    public static IReadOnlyList<IClientRule> All { get; } =
    [
        new BaseUrlDoubledV2Rule(),
        new BaseUrlMissingV2Rule(),
        new ContentTypeRule(),
        new PatchSchemaMissingRule(),
        new PatchOpCaseRule(),
        new PatchStringBooleanRule(),
        new PatchNoPathReplaceRule(),
        new PatchValueFilterPathRule(),
        new PatchUnsupportedAttributeRule(),
        new GroupShapeRule(),
        new GroupPatchRule(),
        new UserNameCharsetRule(),
        new UserNameUppercaseRule(),
        new DisplayNameLengthRule(),
        new ExternalIdMissingRule(),
        new ExternalIdModeMismatchRule(),
        new CreateActiveFalseRule(),
        new PasswordSentRule(),
        new RichInfoSizeRule(),
        new FilterMissingRule(),
        new FilterUnsupportedRule(),
        new CreateWithoutMatchRule(),
        new RetryNoBackoffRule(),
    ];

    /// <summary>Rule ids and titles for the reports, the catch-all last.</summary>
    public static IReadOnlyList<(string Id, string Title)> Titles { get; } =
        [.. All.Select(r => (r.Id, r.Title)), (RejectedRuleId, "Wire accepts the request")];
}

using System.Text.Json;
using MockWireServer.Scim.Errors;

namespace MockWireServer.Grading;

/// <summary>
/// What the mock learnt while answering one request, noted by the request gate and the error renderer so grading never
/// parses a body twice. Present only while grading is on; every hook is a null-conditional assignment.
/// </summary>
public sealed class ExchangeObservation
{
    /// <summary>The body as <c>ScimRequestBody</c> parsed it (absent when it was refused before parsing).</summary>
    public JsonElement? Body { get; set; }

    /// <summary>True for a token associated with a SAML IdP, false for an email-invitation token, null before auth.</summary>
    public bool? SamlMode { get; set; }

    /// <summary>The Users list's filter as the handler parsed it (Filter null: none or malformed); Parsed false if it parsed none.</summary>
    public (Scim.Filtering.AttributeFilter? Filter, bool Parsed) UserFilter { get; set; }

    /// <summary>The SCIM error the mock answered, if any.</summary>
    public ScimError? Error { get; set; }

    public static ExchangeObservation? Of(HttpContext context) => context.Features.Get<ExchangeObservation>();
}

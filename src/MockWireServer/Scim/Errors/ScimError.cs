namespace MockWireServer.Scim.Errors;

/// <summary>An RFC 7644 §3.12 error as a value; rendered once by <see cref="ScimErrorResult"/>.</summary>
public sealed record ScimError(int Status, string? ScimType, string? Detail)
{
    public static ScimError BadRequest(string scimType, string? detail) => new(400, scimType, detail);

    public static ScimError InvalidValue(string detail) => new(400, ScimTypes.InvalidValue, detail);

    public static ScimError InvalidSyntax(string detail) => new(400, ScimTypes.InvalidSyntax, detail);

    public static ScimError InvalidFilter(string detail) => new(400, ScimTypes.InvalidFilter, detail);

    public static ScimError InvalidPath(string detail) => new(400, ScimTypes.InvalidPath, detail);

    // hscim's `unauthorized` helper prefixes the reason.
    public static ScimError Unauthorized(string reason) => new(401, null, "authorization failed: " + reason);

    public static ScimError Forbidden(string reason) => new(403, null, "forbidden: " + reason);

    // hscim's `notFound` renders "<Type> <id> not found".
    public static ScimError NotFound(string resourceType, string id) => new(404, null, $"{resourceType} {id} not found");

    public static ScimError Uniqueness(string detail) => new(409, ScimTypes.Uniqueness, detail);

    public static ScimError PayloadTooLarge(string detail) => new(413, null, detail);

    /// <summary>A Wire (brig) error raised inside a SCIM handler: status copied, no scimType, Wire's JSON as detail (spar's wrapScimErrors).</summary>
    public static ScimError WrappedWireError(WireError error) => new(error.Code, null, error.ToJson());
}

/// <summary>The scimType keywords of RFC 7644 §3.12 that Wire uses (plus invalidSyntax for bodies the mock cannot parse).</summary>
public static class ScimTypes
{
    public const string InvalidValue = "invalidValue";
    public const string InvalidFilter = "invalidFilter";
    public const string InvalidSyntax = "invalidSyntax";
    public const string InvalidPath = "invalidPath";
    public const string TooMany = "tooMany";
    public const string Uniqueness = "uniqueness";
    public const string Mutability = "mutability";
    public const string NoTarget = "noTarget";
}

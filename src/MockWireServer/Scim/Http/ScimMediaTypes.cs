namespace MockWireServer.Scim.Http;

/// <summary>The media types hscim accepts and produces (libs/hscim/src/Web/Scim/ContentType.hs).</summary>
public static class ScimMediaTypes
{
    public const string ScimJsonUtf8 = "application/scim+json;charset=utf-8";

    public static bool IsAccepted(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var parts = contentType.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        var mediaType = parts[0].ToLowerInvariant();
        if (mediaType is not ("application/scim+json" or "application/json"))
        {
            return false;
        }

        // Only an absent or utf-8 charset parameter is one of hscim's four accepted forms.
        return parts.Skip(1).All(p => p.Replace(" ", "", StringComparison.Ordinal).Equals("charset=utf-8", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when an Accept header can be satisfied with application/scim+json or application/json.</summary>
    public static bool IsAcceptable(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return true;
        }

        foreach (var range in accept.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var type = range.Split(';')[0].Trim().ToLowerInvariant();
            if (type is "*/*" or "application/*" or "application/scim+json" or "application/json")
            {
                return true;
            }
        }

        return false;
    }
}

using System.Text.Json;

namespace MockWireServer.Scim.Http;

/// <summary>
/// JSON whose strings cannot be read as text: a lone surrogate escape (<c>"\ud800"</c>) or invalid UTF-8 parses, but
/// System.Text.Json throws when a handler reads the string. Checked once where bodies are read, so handlers never see it.
/// </summary>
public static class JsonStrings
{
    public static bool AreReadable(JsonElement element)
    {
        try
        {
            return Walk(element);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                return true;
            case JsonValueKind.Array:
                return element.EnumerateArray().All(Walk);
            case JsonValueKind.Object:
                return element.EnumerateObject().All(p => p.Name is not null && Walk(p.Value));
            default:
                return true;
        }
    }
}

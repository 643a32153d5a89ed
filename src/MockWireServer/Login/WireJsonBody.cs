using System.Text.Json;

namespace MockWireServer.Login;

/// <summary>Reads the small JSON bodies of Wire's non-SCIM APIs and the control plane; null when not a JSON object.</summary>
public static class WireJsonBody
{
    private const int MaxBytes = 64 * 1024;

    public static async Task<JsonElement?> ReadObjectAsync(HttpRequest request, bool allowEmpty = false)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return allowEmpty ? JsonDocument.Parse("{}").RootElement.Clone() : null;
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            return document.RootElement.ValueKind == JsonValueKind.Object && Scim.Http.JsonStrings.AreReadable(document.RootElement)
                ? document.RootElement.Clone()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

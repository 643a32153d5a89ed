using System.Text.Json;
using MockWireServer.Scim.Errors;
using Microsoft.Extensions.Options;

namespace MockWireServer.Scim.Http;

/// <summary>
/// Reads a SCIM request body: hscim's accepted content types (else 415), the mock's size limit (else 413), well-formed
/// JSON (else 400). Wire answers the last two with servant's plain text; the mock answers a SCIM error (README, fidelity).
/// </summary>
public static class ScimRequestBody
{
    public static async Task<(JsonElement Body, ScimError? Error)> ReadAsync(HttpRequest request)
    {
        if (!ScimMediaTypes.IsAccepted(request.ContentType))
        {
            return (default, new ScimError(415, null, $"Unsupported Content-Type '{request.ContentType}': use application/scim+json or application/json"));
        }

        var limit = request.HttpContext.RequestServices.GetRequiredService<IOptions<MockWireOptions>>().Value.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return (default, TooLarge(limit));
        }

        // The body stays in the request's pipe until parsed: no copy, no buffer allocated per request (issue 11).
        var reader = request.BodyReader;
        var read = await reader.ReadAsync();
        while (!read.IsCompleted && read.Buffer.Length <= limit)
        {
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            read = await reader.ReadAsync();
        }

        try
        {
            return read.Buffer.Length > limit ? (default, TooLarge(limit)) : Parse(read.Buffer, request.HttpContext);
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }
    }

    private static (JsonElement Body, ScimError? Error) Parse(System.Buffers.ReadOnlySequence<byte> bytes, HttpContext context)
    {
        try
        {
            // Parsed once into a document of its own (a pooled document had to be cloned to outlive this call).
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
            var body = JsonElement.ParseValue(ref reader);
            // Past the value, the reader throws on anything but whitespace, with JsonDocument.Parse's message.
            _ = reader.Read();

            if (!JsonStrings.AreReadable(body))
            {
                return (default, ScimError.InvalidSyntax("Error in $: Failed reading: invalid UTF-8 or a lone surrogate in a string"));
            }

            Grading.ExchangeObservation.Of(context)?.Body = body;
            return (body, null);
        }
        catch (JsonException e)
        {
            return (default, ScimError.InvalidSyntax($"Error in $: Failed reading: not a valid json value ({e.Message})"));
        }
    }

    private static ScimError TooLarge(long limit) => ScimError.PayloadTooLarge($"Request body exceeds the limit of {limit} bytes");
}

using System.Buffers;
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

        // A pooled buffer: a fresh 16 KB chunk and a growing MemoryStream per request were most of what a POST allocated
        // (issue 11's profile). The document is parsed over it and the body cloned out, so it goes back to the pool.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(request.ContentLength ?? 0, 4096, 1024 * 1024));
        try
        {
            var length = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length))) > 0)
            {
                if (length + read > limit)
                {
                    return (default, TooLarge(limit));
                }

                length += read;
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer);
                }
            }

            return Parse(request, buffer.AsMemory(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (JsonElement Body, ScimError? Error) Parse(HttpRequest request, ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            if (!JsonStrings.AreReadable(document.RootElement))
            {
                return (default, ScimError.InvalidSyntax("Error in $: Failed reading: invalid UTF-8 or a lone surrogate in a string"));
            }

            var body = document.RootElement.Clone();
            Grading.ExchangeObservation.Of(request.HttpContext)?.Body = body;
            return (body, null);
        }
        catch (JsonException e)
        {
            return (default, ScimError.InvalidSyntax($"Error in $: Failed reading: not a valid json value ({e.Message})"));
        }
    }

    private static byte[] Grow(byte[] full)
    {
        var larger = ArrayPool<byte>.Shared.Rent(full.Length * 2);
        full.CopyTo(larger, 0);
        ArrayPool<byte>.Shared.Return(full);
        return larger;
    }

    private static ScimError TooLarge(long limit) => ScimError.PayloadTooLarge($"Request body exceeds the limit of {limit} bytes");
}

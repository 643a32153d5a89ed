using System.Text.Json;
using MockWireServer.Scim.Http;
using Microsoft.Extensions.Options;

namespace MockWireServer.Scim.Errors;

/// <summary>The single place a <see cref="ScimError"/> becomes an HTTP response, in the configured format.</summary>
public sealed class ScimErrorResult(ScimError error) : IResult
{
    public const string ErrorSchema = "urn:ietf:params:scim:api:messages:2.0:Error";

    public ScimError Error { get; } = error;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<MockWireOptions>>().Value;
        var broken = httpContext.RequestServices.GetRequiredService<Faults.BrokenRules>();
        var body = Render(Error, options.ErrorFormat, broken.Breaks("rfc7644.3.12"));
        Grading.ExchangeObservation.Of(httpContext)?.Error = Error;
        httpContext.Response.StatusCode = Error.Status;
        // Wire keeps the SCIM content type in both formats (wire-scim.md §9.3).
        httpContext.Response.ContentType = ScimJson.ContentTypeFor(httpContext);
        await httpContext.Response.WriteAsync(body);
    }

    public static string Render(ScimError error, ScimErrorFormat format, bool statusAsNumber = false)
    {
        var scim = RenderScim(error, statusAsNumber);
        return format == ScimErrorFormat.WireEnvelope
            ? JsonSerializer.Serialize(new { code = error.Status, label = "scim-error", message = scim })
            : scim;
    }

    private static string RenderScim(ScimError error, bool statusAsNumber)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOutput.Writer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("schemas");
            writer.WriteStringValue(ErrorSchema);
            writer.WriteEndArray();
            // RFC 7644 §3.12: status is a string. The fault renders it the way many servers get it wrong.
            if (statusAsNumber)
            {
                writer.WriteNumber("status", error.Status);
            }
            else
            {
                writer.WriteString("status", error.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (error.ScimType is not null && !statusAsNumber)
            {
                writer.WriteString("scimType", error.ScimType);
            }

            if (error.Detail is not null)
            {
                writer.WriteString("detail", error.Detail);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

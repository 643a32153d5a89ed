using MockWireServer.Faults;
using MockWireServer.Scim.Errors;

namespace MockWireServer.Scim.Http;

/// <summary>Successful SCIM responses: JSON bytes with Wire's default content type.</summary>
public static class ScimJson
{
    public static IResult Ok(byte[] json) => new ScimBytesResult(200, json);

    public static IResult Created(byte[] json) => new ScimBytesResult(201, json);

    public static IResult Error(ScimError error) => new ScimErrorResult(error);

    /// <summary>The content type every SCIM response carries, unless the media-type fault is on.</summary>
    public static string ContentTypeFor(HttpContext context) =>
        context.RequestServices.GetRequiredService<BrokenRules>().Breaks("rfc7644.8.1") ? "application/json" : ScimMediaTypes.ScimJsonUtf8;

    private sealed class ScimBytesResult(int status, byte[] json) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var broken = httpContext.RequestServices.GetRequiredService<BrokenRules>();
            httpContext.Response.StatusCode = status == 201 && broken.Breaks("rfc7644.3.3") ? 200 : status;
            httpContext.Response.ContentType = ContentTypeFor(httpContext);
            httpContext.Response.ContentLength = json.Length;
            return httpContext.Response.Body.WriteAsync(json).AsTask();
        }
    }
}

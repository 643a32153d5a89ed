using MockWireServer.Scim.Errors;

namespace MockWireServer.Scim.Http;

/// <summary>Successful SCIM responses: JSON bytes with Wire's default content type.</summary>
public static class ScimJson
{
    public static IResult Ok(byte[] json) => Results.Bytes(json, ScimMediaTypes.ScimJsonUtf8);

    public static IResult Created(byte[] json) => new StatusBytesResult(201, json);

    public static IResult Error(ScimError error) => new ScimErrorResult(error);

    private sealed class StatusBytesResult(int status, byte[] json) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = ScimMediaTypes.ScimJsonUtf8;
            httpContext.Response.ContentLength = json.Length;
            return httpContext.Response.Body.WriteAsync(json).AsTask();
        }
    }
}

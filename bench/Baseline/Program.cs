using System.Text;

// The practical ceiling of this machine for the load benchmark: bare Kestrel and a minimal API that does what every
// SCIM request needs at the least (check a bearer token) and answers a fixed small JSON body.
// Start: dotnet bench/Baseline/bin/Release/net10.0/Baseline.dll --urls http://127.0.0.1:8091 --token <token>
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var expected = "Bearer " + (app.Configuration["token"] ?? "baseline-token");
var body = Encoding.UTF8.GetBytes("""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"00000000-0000-0000-0000-000000000000","userName":"baseline"}""");

app.Map("/{**path}", async (HttpContext context) =>
{
    if (!string.Equals(context.Request.Headers.Authorization.ToString(), expected, StringComparison.Ordinal))
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return;
    }

    context.Response.StatusCode = HttpMethods.IsPost(context.Request.Method) ? StatusCodes.Status201Created : StatusCodes.Status200OK;
    context.Response.ContentType = "application/scim+json";
    await context.Response.Body.WriteAsync(body);
});

await app.RunAsync();

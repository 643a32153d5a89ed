using System.Text.Json;
using MockWireServer.Grading.Reports;
using MockWireServer.Scim.Errors;

namespace MockWireServer.Grading;

/// <summary>
/// <c>/mock/client-report</c>: the findings live (JSON, or HTML for <c>Accept: text/html</c>), written to files on
/// demand, and cleared.
/// </summary>
public static class ClientReportEndpoints
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapClientReport(this IEndpointRouteBuilder routes)
    {
        var report = routes.MapGroup("/mock/client-report").WithTags("Client grading");
        report.MapGet("", Get);
        report.MapPost("/write", WriteAsync);
        report.MapDelete("", Clear);
        return routes;
    }

    private static IResult Get(HttpRequest request, ClientGrader grader)
    {
        var report = grader.Report();
        return request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
            ? Results.Content(new HtmlClientReportWriter().Render(report), "text/html; charset=utf-8")
            : Results.Json(report, Json);
    }

    /// <summary>Body <c>{"dir": "..."}</c> is optional when the mock was started with a report directory.</summary>
    private static async Task<IResult> WriteAsync(HttpRequest request, ClientGrader grader)
    {
        // A body that is not a JSON object (an array, a string, a lone surrogate escape) is a 400, not a 500.
        if (await Login.WireJsonBody.ReadObjectAsync(request, allowEmpty: true) is not { } body)
        {
            return WireError.BadRequest("bad-request", "Expected a JSON body {\"dir\": string?}").ToResult();
        }

        var dir = body.TryGetProperty("dir", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        dir ??= grader.ReportDir;
        if (dir is null)
        {
            return WireError.BadRequest("bad-request", "No report directory: pass {\"dir\": \"...\"} or start the mock with --MockWire:ReportDir=<dir>").ToResult();
        }

        try
        {
            var files = grader.WriteReports(dir);
            return Results.Json(new { dir = Path.GetFullPath(dir), files }, Json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return WireError.BadRequest("bad-request", $"Cannot write the reports to that directory ({e.GetType().Name})").ToResult();
        }
    }

    private static IResult Clear(ClientGrader grader)
    {
        grader.Clear();
        return Results.NoContent();
    }
}

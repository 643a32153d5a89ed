using MockWireServer.Grading.Reports;

namespace MockWireServer.Grading;

/// <summary>Registers the grader and writes the report files when the host stops (Ctrl+C, SIGTERM, StopAsync).</summary>
public static class ClientGradingHosting
{
    public static IServiceCollection AddClientGrading(this IServiceCollection services) => services.AddSingleton<ClientGrader>();

    public static WebApplication WriteClientReportOnShutdown(this WebApplication app)
    {
        var grader = app.Services.GetRequiredService<ClientGrader>();
        if (grader.Enabled && grader.ReportDir is { } dir)
        {
            app.Lifetime.ApplicationStopping.Register(() =>
            {
                var files = ClientReportFiles.Write(grader.Report(), dir);
                Console.WriteLine($"Client report written to {Path.GetDirectoryName(files[0])}: {string.Join(", ", files.Select(Path.GetFileName))}");
            });
        }

        return app;
    }
}

namespace MockWireServer.Grading;

/// <summary>Registers the grader and writes the report files when the host stops (Ctrl+C, SIGTERM, StopAsync).</summary>
public static class ClientGradingHosting
{
    /// <summary>The app's grader: its live <see cref="ClientGrader.Report"/>, <see cref="ClientGrader.WriteReports"/> and profile.</summary>
    public static ClientGrader ClientGrader(this WebApplication app) => app.Services.GetRequiredService<ClientGrader>();

    public static IServiceCollection AddClientGrading(this IServiceCollection services) => services.AddSingleton<ClientGrader>();

    public static WebApplication WriteClientReportOnShutdown(this WebApplication app)
    {
        var grader = app.ClientGrader();
        if (grader.Enabled && grader.ReportDir is { } dir)
        {
            app.Lifetime.ApplicationStopping.Register(() =>
            {
                var files = grader.WriteReports(dir);
                Console.WriteLine($"Client report written to {Path.GetDirectoryName(files[0])}: {string.Join(", ", files.Select(Path.GetFileName))}");
            });
        }

        return app;
    }
}

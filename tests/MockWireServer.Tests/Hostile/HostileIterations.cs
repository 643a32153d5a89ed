namespace MockWireServer.Tests.Hostile;

/// <summary>
/// How many requests the properties generate: CI-friendly defaults, raised with environment variables for a longer hunt
/// (e.g. <c>HOSTILE_REQUESTS_PER_ROUTE=2000 HOSTILE_REQUESTS_MIXED=20000</c>).
/// </summary>
public static class HostileIterations
{
    public static int PerRoute => Read("HOSTILE_REQUESTS_PER_ROUTE", 60);

    public static int Mixed => Read("HOSTILE_REQUESTS_MIXED", 1000);

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}

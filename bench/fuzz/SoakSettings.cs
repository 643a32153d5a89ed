using System.Globalization;

namespace Fuzz;

/// <summary>Bounds of a soak run: at most <see cref="Requests"/> requests and <see cref="Duration"/>, whichever comes first.</summary>
public sealed record SoakSettings(int Requests, TimeSpan Duration, int Concurrency, ulong Seed)
{
    public static SoakSettings Parse(string[] args)
    {
        var settings = new SoakSettings(100_000, TimeSpan.FromSeconds(120), 8, (ulong)Environment.TickCount64);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            settings = args[i] switch
            {
                "--requests" => settings with { Requests = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--seconds" => settings with { Duration = TimeSpan.FromSeconds(double.Parse(args[i + 1], CultureInfo.InvariantCulture)) },
                "--concurrency" => settings with { Concurrency = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--seed" => settings with { Seed = ulong.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]} (use --requests N --seconds S --concurrency C --seed N)"),
            };
        }

        return settings;
    }
}

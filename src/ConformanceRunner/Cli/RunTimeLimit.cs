using System.Globalization;

namespace ConformanceRunner.Cli;

/// <summary><c>--run-timeout</c>: "90s", "5m", "1h" or a bare number of minutes (the option's original unit).</summary>
internal static class RunTimeLimit
{
    public const string Default = "30m";

    public static TimeSpan Parse(string text)
    {
        var value = text.Trim();
        var (number, unit) = value.Length > 0 && char.IsLetter(value[^1]) ? (value[..^1], value[^1]) : (value, 'm');
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount <= 0 || amount > 7 * 24 * 60)
        {
            throw new UserError($"--run-timeout '{text}' is not a duration: use e.g. 90s, 30m, 2h (a bare number is minutes).");
        }

        return unit switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            _ => throw new UserError($"--run-timeout '{text}': the unit must be s, m or h."),
        };
    }
}

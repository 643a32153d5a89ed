using System.Text;

namespace ConformanceRunner.Features;

/// <summary>FNV-1a over UTF-8: a hash that, unlike string.GetHashCode, is the same in every process.</summary>
public static class StableHash
{
    public static uint Of(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}

using Microsoft.Extensions.Options;

namespace MockWireServer.Faults;

/// <summary>The rule ids broken in this run of the mock (<c>--MockWire:Break=id,id</c>); empty for the faithful mock.</summary>
public sealed class BrokenRules
{
    public static readonly BrokenRules None = new(new HashSet<string>(StringComparer.Ordinal));

    private readonly HashSet<string> _broken;

    private BrokenRules(HashSet<string> broken) => _broken = broken;

    public BrokenRules(IOptions<MockWireOptions> options)
        : this(Parse(options.Value.Break))
    {
    }

    public bool IsEmpty => _broken.Count == 0;

    public bool Breaks(string ruleId) => _broken.Count != 0 && _broken.Contains(ruleId);

    public static HashSet<string> Parse(string? list)
    {
        var ids = (list ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = ids.Where(id => !FaultCatalogue.Exists(id)).ToList();
        return unknown.Count == 0
            ? ids
            : throw new OptionsValidationException(nameof(MockWireOptions.Break), typeof(MockWireOptions), [$"Unknown fault rule id(s): {string.Join(", ", unknown)}; GET /mock/faults lists them"]);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ConformanceRunner.Reporting;

/// <summary>
/// Removes secrets from anything a report or log shows: the run's known secrets by value, bearer credentials,
/// <c>Authorization</c>/<c>Cookie</c> header lines, and JSON members that hold passwords or tokens (Wire's <c>/login</c>
/// answers with <c>access_token</c>, <c>/scim/auth-tokens</c> with <c>token</c>, both take a <c>password</c>).
/// </summary>
public sealed partial class SecretRedactor
{
    public const string Mask = "[REDACTED]";

    private readonly string[] _known;

    // Whether JSON writes every known secret as it is, without any escape (no quote, backslash, slash or control character).
    private readonly bool _knownStayVerbatimInJson;

    public SecretRedactor(IEnumerable<string>? knownSecrets = null)
    {
        // Short values would blank unrelated text; a real token or password is longer.
        _known = (knownSecrets ?? []).Where(secret => secret.Length >= 6).Distinct().OrderByDescending(s => s.Length).ToArray();
        _knownStayVerbatimInJson = _known.All(secret => !secret.Any(c => c < ' ' || c is '"' or '\\' or '/'));
    }

    public string Redact(string text)
    {
        if (!MayRedact(text))
        {
            return text;
        }

        foreach (var secret in _known)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        foreach (var pattern in Patterns)
        {
            if (pattern.MayMatch(text))
            {
                text = pattern.Regex.Replace(text, pattern.Masked);
            }
        }

        return text;
    }

    /// <summary>Redacts every string of a JSON document, so escaped JSON inside it (a message's text) is redacted too.</summary>
    public JsonNode? RedactStrings(JsonNode? node) => node switch
    {
        JsonObject json => new JsonObject(json.Select(member => KeyValuePair.Create(
            member.Key,
            IsSecretName(member.Key) && member.Value is JsonValue ? JsonValue.Create(Mask) : RedactStrings(member.Value)))),
        JsonArray array => new JsonArray(array.Select(RedactStrings).ToArray()),
        JsonValue value when value.TryGetValue<string>(out var text) => JsonValue.Create(Redact(text)),
        _ => node?.DeepClone(),
    };

    public static bool IsSecretName(string name) => SecretName().IsMatch(name);

    /// <summary>
    /// False only when <see cref="Redact"/> cannot change the text: no known secret in it, and no pattern that may match
    /// it (see <see cref="SecretPattern.MayMatch"/>). Most of a report's strings pass here without a regex (issue 11).
    /// </summary>
    public bool MayRedact(string text) =>
        _known.Any(secret => text.Contains(secret, StringComparison.Ordinal)) || Patterns.Any(pattern => pattern.MayMatch(text));

    /// <summary>
    /// Whether <see cref="RedactStrings"/> would change the JSON document: a string it masks, or a scalar held by a secret
    /// member. Answered from the text, without building the document: most messages that merely may hold a secret (a
    /// feature that talks about tokens) hold none, and building, redacting and reading them back cost a fifth of a
    /// second of every run (issue 11).
    /// </summary>
    public bool RedactsJson(string json)
    {
        // A pattern word (letters, '_' and '-') can only be hidden by a \u escape, and a known secret by any escape unless
        // it holds no character JSON escapes: otherwise every string's content stands in the text as written, so one look
        // at the whole text answers for all of them (a secret member's name holds a pattern word too). Most of a run's
        // messages end here, escaped quotes in step texts included.
        if (!json.Contains("\\u", StringComparison.Ordinal) && (_knownStayVerbatimInJson || !json.Contains('\\')) && !MayRedact(json))
        {
            return false;
        }

        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        var inSecretMember = false;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                inSecretMember = IsSecretName(reader.GetString()!);
                continue;
            }

            if (ValueRedacts(ref reader, inSecretMember))
            {
                return true;
            }

            // A secret member holding an object or an array is not masked whole: its strings are redacted one by one.
            inSecretMember = false;
        }

        return false;
    }

    // Mirrors RedactStrings: a secret member's scalar becomes the mask, any other string is redacted.
    private bool ValueRedacts(ref Utf8JsonReader reader, bool inSecretMember) => reader.TokenType switch
    {
        JsonTokenType.String when inSecretMember => reader.GetString() != Mask,
        JsonTokenType.String => reader.GetString() is { } text && Redact(text) != text,
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => inSecretMember,
        _ => false,
    };

    // Each pattern with the words it cannot match without (in ASCII text), and what a match becomes. A pattern runs only
    // on text holding one of its words: a body with "password" in it needs the member and query patterns, not the header
    // and bearer ones, and each pattern's search for where a match may start runs unoptimised in a run of seconds.
    private static readonly SecretPattern[] Patterns =
    [
        new(SecretMember(), ["password", "token", "secret", "authorization", "cookie"], match => $"{match.Groups["key"].Value}{match.Groups["sep"].Value}\"{Mask}\""),
        new(SecretHeaderLine(), ["authorization", "cookie"], match => $"{match.Groups["name"].Value}: {Mask}"),
        new(Bearer(), ["bearer", "basic"], match => $"{match.Groups["scheme"].Value} {Mask}"),
        new(SecretQuery(), ["token", "password"], match => $"{match.Groups["name"].Value}={Mask}"),
    ];

    private sealed record SecretPattern(Regex Regex, string[] Words, MatchEvaluator Masked)
    {
        // Non-ASCII text always takes the pattern: case-insensitive matching knows more than ASCII folding (the Kelvin
        // sign matches k). The words are searched one by one with string.Contains, whose code ships compiled: a
        // SearchValues<string> of them is a generic instantiation the runtime compiles at run time, and a run of seconds
        // never gave it the quiet moment tiered compilation waits for (5.57 vs 5.79 s of CPU per run, issue 11).
        public bool MayMatch(string text) =>
            !System.Text.Ascii.IsValid(text) || Words.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("^(password|new_password|old_password|access_token|refresh_token|token|secret|authorization|cookie|set-cookie)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"(?<key>""(?:password|new_password|old_password|access_token|refresh_token|token|secret|authorization|cookie)"")(?<sep>\s*:\s*)""(?:[^""\\]|\\.)*""", RegexOptions.IgnoreCase)]
    private static partial Regex SecretMember();

    [GeneratedRegex(@"^(?<name>authorization|cookie|set-cookie|proxy-authorization)[ \t]*:[^\r\n]*", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SecretHeaderLine();

    [GeneratedRegex(@"(?<scheme>\b(?:bearer|basic))[ \t]+(?!\[REDACTED\]|\$)[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase)]
    private static partial Regex Bearer();

    [GeneratedRegex(@"(?<name>\b(?:access_token|token|password))=(?!\[REDACTED\])[^&\s""']+", RegexOptions.IgnoreCase)]
    private static partial Regex SecretQuery();
}

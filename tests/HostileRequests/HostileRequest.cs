using System.Text;

namespace HostileRequests;

/// <summary>Whose credentials a request carries, so the oracle knows which answers may be a success.</summary>
public enum Credential
{
    None,
    Junk,
    ScimToken,
    OtherTeamScimToken,
    AccessToken,
}

/// <summary>
/// One generated request. Path, headers and body may hold placeholders (<c>{{USER_ID}}</c>, <c>{{SCIM_TOKEN}}</c>, see
/// <see cref="KnownValues"/>) bound at send time, so a reproducer names what it used without printing a secret.
/// </summary>
public sealed record HostileRequest(
    MockRoute Route,
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body,
    byte[]? RawBody,
    Credential Credential)
{
    public HttpRequestMessage ToMessage(KnownValues known)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(known.Bind(Path), UriKind.Relative));
        var bytes = RawBody ?? (Body is null ? null : Encoding.UTF8.GetBytes(known.Bind(Body)));
        var contentType = Headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value;
        if (bytes is not null || contentType is not null)
        {
            message.Content = new ByteArrayContent(bytes ?? []);
            message.Content.Headers.ContentType = null;
        }

        foreach (var (name, value) in Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                message.Content!.Headers.TryAddWithoutValidation(name, known.Bind(value));
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, known.Bind(value));
            }
        }

        return message;
    }

    /// <summary>Method, path, headers and body as they were generated (placeholders unbound), bodies cut at 2,000 characters.</summary>
    public string Reproducer()
    {
        var text = new StringBuilder($"{Method} {Cut(Path)}  [route {Route}]\n");
        foreach (var (name, value) in Headers)
        {
            text.Append(name).Append(": ").AppendLine(Cut(Escape(value)));
        }

        if (RawBody is not null)
        {
            text.Append("body (bytes, base64): ").AppendLine(Cut(Convert.ToBase64String(RawBody)));
        }
        else if (Body is not null)
        {
            text.Append("body (").Append(Body.Length).Append(" chars): ").AppendLine(Cut(Escape(Body)));
        }

        return text.ToString();
    }

    public override string ToString() => Reproducer();

    private static string Cut(string text) => text.Length <= 2000 ? text : text[..2000] + $"… ({text.Length} chars)";

    /// <summary>Control characters and surrogates as \uXXXX so a reproducer survives a terminal and a copy.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u202E' or '\uFEFF')
            {
                escaped.Append($"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}

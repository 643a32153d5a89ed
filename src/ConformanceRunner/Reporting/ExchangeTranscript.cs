using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Reporting;

/// <summary>
/// An HTTP exchange as a reader of a report wants it: request, response, and a <c>curl</c> command that sends the
/// request again with the token taken from <c>$SCIM_TOKEN</c>. Always redacted.
/// </summary>
public static class ExchangeTranscript
{
    // Relaxed escaping keeps a body's characters as sent ('+' stays '+'), so redaction sees a secret as it was sent.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <remarks>
    /// Every part taken from the exchange (URL, bodies, the reason for no answer) is redacted on its own; the rest is
    /// this method's own text, whose curl line names a bearer but holds <c>$SCIM_TOKEN</c>. Redacting the whole
    /// transcript again ran every pattern over every transcript (a tenth of a run's CPU with reports, issue 11).
    /// </remarks>
    public static string Render(HttpExchange exchange, SecretRedactor redactor)
    {
        var uri = redactor.Redact(exchange.Uri.ToString());
        var requestBody = string.IsNullOrEmpty(exchange.RequestBody) ? null : redactor.Redact(Unescaped(exchange.RequestBody));
        var text = new StringBuilder();
        text.Append(exchange.Method).Append(' ').Append(uri).Append('\n');
        if (requestBody is not null)
        {
            text.Append(redactor.Redact(Pretty(exchange.RequestBody!))).Append('\n');
        }

        if (exchange.NoAnswer is { } reason)
        {
            text.Append("\nno answer after ").Append((int)exchange.Duration.TotalMilliseconds).Append(" ms: ").Append(redactor.Redact(reason)).Append('\n');
        }
        else
        {
            AppendResponse(text, exchange, redactor);
        }

        text.Append("\n# reproduce\n").Append(Curl(exchange.Method, uri, requestBody)).Append('\n');
        return text.ToString();
    }

    private static void AppendResponse(StringBuilder text, HttpExchange exchange, SecretRedactor redactor)
    {
        text.Append('\n').Append("HTTP ").Append(exchange.Status);
        if (exchange.ResponseContentType is { } contentType)
        {
            text.Append(" (").Append(redactor.Redact(contentType)).Append(')');
        }

        text.Append(" in ").Append((int)exchange.Duration.TotalMilliseconds).Append(" ms\n");
        if (!string.IsNullOrEmpty(exchange.ResponseBody))
        {
            text.Append(redactor.Redact(Pretty(exchange.ResponseBody))).Append('\n');
        }
    }

    /// <summary>The request as a curl command; <paramref name="uri"/> and <paramref name="body"/> are already redacted.</summary>
    private static string Curl(string method, string uri, string? body)
    {
        var curl = new StringBuilder("curl -sS -X ").Append(method).Append(' ').Append(Quote(uri));
        // Double quotes so the shell expands the token; the report never holds it.
        curl.Append(" -H \"Authorization: Bearer $SCIM_TOKEN\"");
        curl.Append(" -H 'Accept: application/scim+json'");
        if (body is not null)
        {
            curl.Append(" -H 'Content-Type: application/scim+json' --data-raw ").Append(Quote(body));
        }

        return curl.ToString();
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// A body with \u escapes, re-serialized without them: "\u0070assword" would hide a member from redaction. Bodies
    /// are redacted after this (and after <see cref="Pretty"/>, which unescapes too), never before.
    /// </summary>
    private static string Unescaped(string body)
    {
        if (!body.Contains("\\u", StringComparison.Ordinal))
        {
            return body;
        }

        try
        {
            return JsonNode.Parse(body)?.ToJsonString(Compact) ?? body;
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static string Pretty(string body)
    {
        try
        {
            return JsonNode.Parse(body)?.ToJsonString(Indented) ?? body;
        }
        catch (JsonException)
        {
            return body;
        }
    }
}

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

    public static string Render(HttpExchange exchange, SecretRedactor redactor)
    {
        var text = new StringBuilder();
        text.Append(exchange.Method).Append(' ').Append(exchange.Uri).Append('\n');
        if (!string.IsNullOrEmpty(exchange.RequestBody))
        {
            text.Append(Pretty(redactor.Redact(exchange.RequestBody))).Append('\n');
        }

        if (exchange.NoAnswer is { } reason)
        {
            text.Append("\nno answer after ").Append((int)exchange.Duration.TotalMilliseconds).Append(" ms: ").Append(reason).Append('\n');
        }
        else
        {
            AppendResponse(text, exchange, redactor);
        }

        text.Append("\n# reproduce\n").Append(Curl(exchange)).Append('\n');
        return redactor.Redact(text.ToString());
    }

    private static void AppendResponse(StringBuilder text, HttpExchange exchange, SecretRedactor redactor)
    {
        text.Append('\n').Append("HTTP ").Append(exchange.Status);
        if (exchange.ResponseContentType is { } contentType)
        {
            text.Append(" (").Append(contentType).Append(')');
        }

        text.Append(" in ").Append((int)exchange.Duration.TotalMilliseconds).Append(" ms\n");
        if (!string.IsNullOrEmpty(exchange.ResponseBody))
        {
            text.Append(Pretty(redactor.Redact(exchange.ResponseBody))).Append('\n');
        }
    }

    public static string Curl(HttpExchange exchange)
    {
        var curl = new StringBuilder("curl -sS -X ").Append(exchange.Method).Append(' ').Append(Quote(exchange.Uri.ToString()));
        // Double quotes so the shell expands the token; the report never holds it.
        curl.Append(" -H \"Authorization: Bearer $SCIM_TOKEN\"");
        curl.Append(" -H 'Accept: application/scim+json'");
        if (!string.IsNullOrEmpty(exchange.RequestBody))
        {
            curl.Append(" -H 'Content-Type: application/scim+json' --data-raw ").Append(Quote(exchange.RequestBody));
        }

        return curl.ToString();
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

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

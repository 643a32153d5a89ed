using ConformanceRunner.Reporting;
using ConformanceRunner.Targets;

namespace ConformanceRunner.Tests.Reporting;

/// <summary>What a report shows of one exchange: readable, reproducible with curl, and without a secret anywhere in it.</summary>
public sealed class ExchangeTranscriptTests
{
    private const string Password = "hunter2hunter2";
    private const string Token = "c2NpbS10b2tlbi1zZWNyZXQtdmFsdWUtMTIzNDU2Nzg=";

    [Fact]
    public void Request_response_and_curl_line_are_shown_with_the_password_masked()
    {
        var transcript = Render(Exchange($$"""{"email":"a@b.c","password":"{{Password}}"}""", """{"id":"1"}"""));

        transcript.Should().NotContain(Password)
            .And.StartWith("POST http://localhost/login\n")
            .And.Contain("\"password\": \"[REDACTED]\"")
            .And.Contain("HTTP 200 (application/json) in 12 ms")
            .And.Contain("""curl -sS -X POST 'http://localhost/login' -H "Authorization: Bearer $SCIM_TOKEN" """)
            .And.Contain("""--data-raw '{"email":"a@b.c","password":"[REDACTED]"}'""");
    }

    [Fact]
    public void A_member_name_hidden_behind_unicode_escapes_is_still_masked_in_the_body_and_the_curl_line()
    {
        var transcript = Render(Exchange($$"""{"\u0070assword":"{{Password}}"}""", "{}"));

        transcript.Should().NotContain(Password).And.Contain("[REDACTED]");
    }

    [Fact]
    public void Secrets_in_the_response_url_and_a_known_token_are_masked()
    {
        var exchange = Exchange(null, $$"""{"access_token":"eyJ.a.b","note":"token {{Token}}"}""") with { Uri = new Uri("http://localhost/login?access_token=abcdef") };

        var transcript = ExchangeTranscript.Render(exchange, new SecretRedactor([Token]));

        transcript.Should().NotContain("eyJ.a.b").And.NotContain("abcdef").And.NotContain(Token)
            .And.Contain("access_token=[REDACTED]");
    }

    private static string Render(HttpExchange exchange) => ExchangeTranscript.Render(exchange, new SecretRedactor());

    private static HttpExchange Exchange(string? requestBody, string responseBody) =>
        new(requestBody is null ? "GET" : "POST", new Uri("http://localhost/login"), requestBody, 200, "application/json", responseBody, TimeSpan.FromMilliseconds(12));
}

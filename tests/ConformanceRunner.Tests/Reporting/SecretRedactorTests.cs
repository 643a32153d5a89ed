using ConformanceRunner.Reporting;

namespace ConformanceRunner.Tests.Reporting;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("""{"email":"a@b.c","password":"hunter2hunter2"}""", """{"email":"a@b.c","password":"[REDACTED]"}""")]
    [InlineData("""{"access_token": "eyJhbGciOi.x.y", "expires_in": 900}""", """{"access_token": "[REDACTED]", "expires_in": 900}""")]
    [InlineData("""{"token":"c2NpbS10b2tlbg==","info":{"id":"1"}}""", """{"token":"[REDACTED]","info":{"id":"1"}}""")]
    [InlineData("Authorization: Bearer abc.def-ghi", "Authorization: [REDACTED]")]
    [InlineData("sent Bearer abc.def-ghi to the server", "sent Bearer [REDACTED] to the server")]
    [InlineData("Cookie: zuid=secret-cookie-value", "Cookie: [REDACTED]")]
    [InlineData("GET /login?access_token=abcdef&x=1", "GET /login?access_token=[REDACTED]&x=1")]
    [InlineData("curl -H \"Authorization: Bearer $SCIM_TOKEN\"", "curl -H \"Authorization: Bearer $SCIM_TOKEN\"")]
    public void Secrets_in_text_are_masked(string text, string expected) =>
        new SecretRedactor().Redact(text).Should().Be(expected);

    [Fact]
    public void A_known_secret_is_masked_wherever_it_appears()
    {
        var redactor = new SecretRedactor(["s3cr3t-token-value"]);

        redactor.Redact("the token s3cr3t-token-value leaked into a message").Should().Be("the token [REDACTED] leaked into a message");
    }

    [Fact]
    public void Escaped_json_inside_a_json_string_is_redacted()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse("""{"data":"{\"password\":\"hunter2hunter2\"}"}""");

        new SecretRedactor().RedactStrings(json)!.ToJsonString().Should().NotContain("hunter2hunter2").And.Contain("[REDACTED]");
    }

    [Theory]
    [InlineData("""{"testStepStarted":{"testStepId":"12","timestamp":{"seconds":1,"nanos":0}}}""", false)]
    [InlineData("""{"pickle":{"name":"a user is read by its id","steps":[{"text":"the client reads the user"}]}}""", false)]
    [InlineData("""{"pickle":{"steps":[{"text":"the admin creates a SCIM token"}]}}""", false)]
    [InlineData("""{"text":"P\u0041SSWORD-free but escaped"}""", false)]
    [InlineData("""{"text":"n\u00e4me with no secret words"}""", false)]
    [InlineData("""{"password":"[REDACTED]","token":{"note":"an object is not masked whole"}}""", false)]
    [InlineData("""{"pickle":{"steps":[{"text":"the client sends \"GET\" to \/Users\nand reads it"}]}}""", false)]
    [InlineData("""{"text":"the s3cr3t-token-value leaked"}""", true)]
    [InlineData("""{"text":"the \"s3cr3t-token-value\" leaked"}""", true)]
    [InlineData("""{"text":"sent \u0042earer abc.def"}""", true)]
    [InlineData("""{"p\u0061ssword":"x"}""", true)]
    [InlineData("""{"token":42}""", true)]
    [InlineData("""{"token":{"value":"s3cr3t-token-value"}}""", true)]
    [InlineData("""{"docString":{"content":"{\"access_token\":\"abc\"}"}}""", true)]
    [InlineData("""{"attachment":{"body":"Authorization: Bearer abc.def"}}""", true)]
    public void A_json_message_counts_as_redacted_exactly_when_redacting_its_strings_changes_it(string json, bool redacts) =>
        AnswersAsRedactStrings(new SecretRedactor(["s3cr3t-token-value"]), json, redacts);

    [Theory]
    [InlineData("""{"text":"the quote\"d-value leaked"}""", true)]
    [InlineData("""{"text":"the slash\/ed-value leaked"}""", true)]
    [InlineData("""{"text":"a line\nbreak-value leaked"}""", true)]
    [InlineData("""{"text":"nothing \"quoted\" here"}""", false)]
    public void A_known_secret_written_with_escapes_is_found_in_a_json_message(string json, bool redacts) =>
        AnswersAsRedactStrings(new SecretRedactor(["quote\"d-value", "slash/ed-value", "line\nbreak-value"]), json, redacts);

    private static void AnswersAsRedactStrings(SecretRedactor redactor, string json, bool redacts)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(json)!;

        redactor.RedactsJson(json).Should().Be(redacts);
        (redactor.RedactStrings(document)!.ToJsonString() != document.ToJsonString()).Should().Be(redacts, "RedactStrings is what the answer predicts");
    }
}

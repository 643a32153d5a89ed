using MockWireServer.Store;

namespace MockWireServer.Tests.Store;

/// <summary>Mails and their codes as the outbox keeps them.</summary>
public sealed class MailOutboxTests
{
    private static readonly int[] AddressLengths = [10, 70_000, 10];

    [Fact]
    public void Mails_read_back_in_the_order_sent()
    {
        var outbox = new MailOutbox();
        var sent = Enumerable.Range(0, 2_000).Select(i => new OutboxMail(i % 2 == 0 ? "invitation" : "verification",
            $"user{i}@example.com", Guid.NewGuid(), MailCode.New(), DateTimeOffset.UnixEpoch.AddMinutes(i))).ToList();

        sent.ForEach(outbox.Add);

        outbox.Mails().Should().Equal(sent);
        outbox.Count.Should().Be(2_000, "2,000 mails fill several 64 KB chunks");
    }

    [Fact]
    public void A_mail_larger_than_a_chunk_is_kept_whole_between_smaller_ones()
    {
        var outbox = new MailOutbox();
        var sent = AddressLengths.Select(length => new OutboxMail("invitation", new string('a', length) + "@example.com",
            Guid.NewGuid(), MailCode.New(), DateTimeOffset.UnixEpoch)).ToList();

        sent.ForEach(outbox.Add);

        outbox.Mails().Should().Equal(sent);
    }

    [Fact]
    public void A_mail_code_is_32_lowercase_hex_digits_and_parses_back()
    {
        var code = MailCode.New();

        code.Should().MatchRegex("^[0-9a-f]{32}$");
        MailCode.TryParse(code, out var number).Should().BeTrue();
        MailCode.Format(number).Should().Be(code);
    }

    [Theory]
    [InlineData("0123456789ABCDEF0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("0x23456789abcdef0123456789abcdef")]
    [InlineData("")]
    public void Another_spelling_is_not_a_mail_code(string text) => MailCode.TryParse(text, out _).Should().BeFalse();
}

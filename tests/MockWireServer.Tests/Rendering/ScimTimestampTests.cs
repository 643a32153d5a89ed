using System.Globalization;
using FsCheck.Xunit;
using MockWireServer.Scim.Http;

namespace MockWireServer.Tests.Rendering;

/// <summary>The digit-by-digit timestamp writes what the custom format string wrote, for any instant and offset.</summary>
public sealed class ScimTimestampTests
{
    [Property(MaxTest = 2000)]
    public void A_timestamp_reads_as_the_UTC_instant_to_the_millisecond(DateTimeOffset at)
    {
        ScimTimestamp.ToText(at).Should().Be(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00.0000000+00:00", "0001-01-01T00:00:00.000Z")]
    [InlineData("9999-12-31T23:59:59.9999999+00:00", "9999-12-31T23:59:59.999Z")]
    [InlineData("2026-11-26T00:30:15.1239999+02:00", "2026-11-25T22:30:15.123Z")]
    public void The_extremes_and_an_offset_are_written_as_UTC(string instant, string expected)
    {
        ScimTimestamp.ToText(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)).Should().Be(expected);
    }
}

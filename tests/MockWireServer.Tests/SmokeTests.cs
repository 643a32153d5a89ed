namespace MockWireServer.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Arithmetic_still_works() => (1 + 1).Should().Be(2);
}

using BenchmarkDotNet.Attributes;
using MockWireServer.Faults;
using MockWireServer.Scim.Users;
using MockWireServer.Store;

namespace StoreBenchmarks;

/// <summary>
/// Rendering one user as a response body (content, its SHA-256 version, meta): what every GET, filter hit, POST, PUT and
/// PATCH pays once per user, measured apart from the network and the pipeline that blur it in <c>bench/load.sh</c>.
/// </summary>
[MemoryDiagnoser]
public class UserRendering
{
    private readonly StoredUser _user = StoreSeed.User(new WireStore(BrokenRules.None).AddTeam("bench"), "render0") with
    {
        RichInfo = [new RichInfoField("Department", "Provisioning")],
        Created = new DateTimeOffset(2026, 11, 26, 9, 30, 15, 123, TimeSpan.Zero),
        LastModified = new DateTimeOffset(2026, 11, 26, 10, 0, 0, 7, TimeSpan.Zero),
    };

    [Benchmark]
    public byte[] Render() => ScimUserRenderer.Render(_user, "http://127.0.0.1:8090/scim/v2", BrokenRules.None);
}

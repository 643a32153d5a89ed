using BenchmarkDotNet.Attributes;
using MockWireServer;
using MockWireServer.Faults;
using MockWireServer.Store;
using Microsoft.Extensions.Options;

namespace StoreBenchmarks;

/// <summary>
/// What the invitation timeout costs a request when a team holds many pending invitations (an email-mode bulk import):
/// every SCIM request and every accept asks for the due ones, and none is due.
/// </summary>
[MemoryDiagnoser]
public class InvitationSweeps
{
    private InvitationExpiry _expiry = null!;
    private Team _team = null!;

    [Params(1_000, 100_000)]
    public int Pending { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var store = new WireStore(BrokenRules.None);
        _team = store.AddTeam("bench");
        for (var i = 0; i < Pending; i++)
        {
            var user = StoreSeed.User(_team, $"invited{i}") with { Created = DateTimeOffset.UtcNow };
            store.CreateUser(_team, user);
            store.AddInvitation(MailCode.New(), _team, user);
        }

        _expiry = new InvitationExpiry(store, TimeProvider.System, Options.Create(new MockWireOptions()), BrokenRules.None);
    }

    [Benchmark]
    public int SweepWithNoneDue() => _expiry.Sweep(_team);
}

using HostileRequests;
using MockWireServer.Tests.Hosting;

namespace MockWireServer.Tests.Hostile;

/// <summary>
/// A mock seeded with a world (<see cref="HostileWorld"/>) that generated requests aim at. Sends one request, judges the
/// answer, and for a refusal compares the store before and after. Re-seeds when an accepted request took the world
/// apart (a reset, a deleted token, user or admin), so later requests still reach the handlers' deeper paths.
/// </summary>
public sealed class HostileArena(MockWireHost wire, KnownValues known)
{
    public KnownValues Known { get; private set; } = known;

    public int Sent { get; private set; }

    /// <summary>Requests the in-memory transport cannot carry (an encoded NUL in the path); Kestrel refuses them with 400 (bench/fuzz sends them).</summary>
    public int Untransportable { get; private set; }

    public static async Task<HostileArena> StartAsync(MockWireHost wire) => new(wire, await HostileWorld.SeedAsync(wire.Http));

    /// <summary>Throws with the reproducer when the answer breaks a rule; FsCheck reports it as the counterexample.</summary>
    public async Task<bool> CheckAsync(HostileRequest request)
    {
        if (Known.Bind(request.Path).Split('?')[0].Contains("%00", StringComparison.Ordinal))
        {
            Untransportable++;
            return true;
        }

        var before = wire.Snapshot();
        using var message = request.ToMessage(Known);
        using var response = await wire.Http.SendAsync(message);
        var answer = new HostileAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
        Sent++;

        var problem = HostileVerdict.Judge(request, Known.Bind(request.Path), answer);
        if (problem is null && answer.Status >= 400 && wire.Snapshot() != before)
        {
            problem = $"refused with {answer.Status} but the store changed";
        }

        if (problem is not null)
        {
            throw new HostileAnswerException($"{problem}\n{request.Reproducer()}answer: {answer.Status} {answer.MediaType} {answer.Body[..Math.Min(answer.Body.Length, 1000)]}");
        }

        // A fresh world now and then keeps the store (and so the before/after comparison) small on long runs.
        if (Sent % 250 == 0 || !WorldIntact())
        {
            if (Sent % 250 == 0)
            {
                (await wire.Http.PostAsync("/mock/reset", null)).Dispose();
            }

            Known = await HostileWorld.SeedAsync(wire.Http);
        }

        return true;
    }

    private bool WorldIntact() =>
        wire.Store.FindTeam(Known.TeamId) is { } team
        && team.Members.ContainsKey(Known.AdminId)
        && team.Tokens.ContainsKey(Known.TokenId)
        && team.Users.ContainsKey(Known.UserId)
        && team.Groups.ContainsKey(Known.GroupId)
        && wire.Store.FindTeam(Known.OtherTeamId) is { } other
        && other.Users.ContainsKey(Known.OtherUserId)
        && !other.Tokens.IsEmpty;
}

public sealed class HostileAnswerException(string message) : Exception(message);

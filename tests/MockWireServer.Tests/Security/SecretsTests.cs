using System.Collections;
using System.Reflection;
using System.Text;
using HostileRequests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockWireServer.Hosting;
using MockWireServer.Login;
using MockWireServer.Store;
using MockWireServer.Tests.Hosting;
using MockWireServer.Tests.Hostile;

namespace MockWireServer.Tests.Security;

/// <summary>Secrets stay secret: tokens only as hashes in memory, and no token, password or access token in any log line.</summary>
public sealed class SecretsTests
{
    [Fact]
    public async Task No_field_of_the_store_or_the_sessions_holds_a_token_secret()
    {
        await using var wire = await MockWireHost.StartAsync();
        var known = await HostileWorld.SeedAsync(wire.Http);
        var ready = wire.Services.GetRequiredService<ReadyTeam>().Create();
        var secrets = new[] { known.ScimToken, known.OtherScimToken, known.AccessToken, ready.EmailModeToken, ready.SamlModeToken };

        var held = ObjectGraph.Values(wire.Store).Concat(ObjectGraph.Values(wire.Services.GetRequiredService<AccessSessions>())).ToList();

        held.Should().NotBeEmpty();
        foreach (var secret in secrets)
        {
            var bytes = Encoding.UTF8.GetBytes(secret);
            held.OfType<string>().Should().NotContain(s => s.Contains(secret, StringComparison.Ordinal), "a token is kept only as its hash");
            var raw = Convert.FromBase64String(secret);
            held.OfType<byte[]>().Should().NotContain(b => b.SequenceEqual(bytes) || b.SequenceEqual(raw));
        }
    }

    [Fact]
    public async Task No_log_line_at_any_level_carries_a_token_password_or_access_token_while_every_route_is_driven()
    {
        var logs = new CapturedLogs();
        await using var wire = await MockWireHost.StartAsync(logging: b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var arena = await HostileArena.StartAsync(wire);
        var generator = HostileRequestGen.ForAny(MockRoute.All(wire.Endpoints));
        var secrets = arena.Known.Secrets.ToList();

        var requests = FsCheck.Fluent.Gen.Sample(generator, 400, 25);
        requests.Should().HaveCount(400);
        foreach (var request in requests)
        {
            await arena.CheckAsync(request);
            secrets.AddRange(arena.Known.Secrets);
        }

        logs.Lines.Should().NotBeEmpty("Trace logging of the host is on");
        foreach (var secret in secrets.Distinct())
        {
            logs.Lines.Should().NotContain(line => line.Contains(secret, StringComparison.Ordinal));
        }
    }

    /// <summary>Every string and byte array reachable from an object through fields and collections.</summary>
    private static class ObjectGraph
    {
        public static IEnumerable<object> Values(object root)
        {
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var pending = new Stack<object>([root]);
            while (pending.TryPop(out var current))
            {
                if (current is string or byte[])
                {
                    yield return current;
                    continue;
                }

                var type = current.GetType();
                if (type.IsPrimitive || type.IsEnum || current is Delegate or Type or IServiceProvider || !seen.Add(current))
                {
                    continue;
                }

                if (current is IEnumerable items)
                {
                    foreach (var item in items)
                    {
                        if (item is not null)
                        {
                            pending.Push(item);
                        }
                    }

                    continue;
                }

                foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                {
                    if (field.GetValue(current) is { } value)
                    {
                        pending.Push(value);
                    }
                }
            }
        }
    }
}

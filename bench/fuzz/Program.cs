using System.Diagnostics;
using System.Globalization;
using Fuzz;
using FsCheck;
using FsCheck.Fluent;
using HostileRequests;
using MockWireServer;
using MockWireServer.Store;

// bench/fuzz: dotnet run -c Release --project bench/fuzz -- [--requests 100000] [--seconds 120] [--concurrency 8] [--seed N]
// The mock runs in this process on a free loopback port (Kestrel); nothing is sent anywhere else.
var settings = SoakSettings.Parse(args);
var app = MockWireApp.Create(new MockWireOptions(), b =>
{
    b.WebHost.UseUrls("http://127.0.0.1:0");
    b.Logging.ClearProviders();
});
await app.StartAsync();
var address = app.Urls.Single();
var store = app.Services.GetRequiredService<WireStore>();
using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };

var memoryBefore = Memory();
Console.WriteLine($"mock on {address}; up to {settings.Requests:N0} requests or {settings.Duration.TotalSeconds:N0} s, {settings.Concurrency} in flight, seed {settings.Seed}");
Console.WriteLine($"memory before: {memoryBefore}");

var generator = HostileRequestGen.ForAny(MockRoute.All(app));
var tally = new SoakTally();
var clock = Stopwatch.StartNew();
const int Batch = 2000;
var generation = TimeSpan.Zero;

// The next batch is generated while this one is sent: generating is a third of the work.
Task<HostileRequest[]> Generate(int batch, int count) => Task.Run(() =>
{
    var generating = Stopwatch.StartNew();
    // Fluent Sample's arguments: how many, the seed, then the size (50, as the property tests use).
    var requests = Gen.Sample(generator, count, new Rnd(settings.Seed + (ulong)batch), 50).ToArray();
    lock (tally)
    {
        generation += generating.Elapsed;
    }

    return requests;
});

var next = Generate(0, Math.Min(Batch, settings.Requests));
for (var batch = 0; tally.Sent < settings.Requests && clock.Elapsed < settings.Duration; batch++)
{
    var requests = await next;
    var left = settings.Requests - tally.Sent - requests.Length;
    next = Generate(batch + 1, Math.Max(0, Math.Min(Batch, left)));

    // A fresh world per batch: a reset keeps memory bounded and the seeded ids valid.
    (await http.PostAsync("/mock/reset", null)).Dispose();
    var known = await HostileWorld.SeedAsync(http);
    await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency }, async (request, _) =>
    {
        if (clock.Elapsed < settings.Duration)
        {
            await SendAsync(request, known);
        }
    });
}

var memoryAfter = Memory();
Console.WriteLine($"sent {tally.Sent:N0} requests in {clock.Elapsed.TotalSeconds:N1} s ({tally.Sent / clock.Elapsed.TotalSeconds:N0}/s); generating them took {generation.TotalSeconds:N1} s, alongside");
foreach (var (outcome, count) in tally.ByOutcome.OrderBy(o => o.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {outcome,-28} {count,8:N0}");
}

Console.WriteLine($"memory after:  {memoryAfter}");
Console.WriteLine(tally.Failures == 0 ? "no 5xx, every error well-formed" : $"{tally.Failures} failures; the first ones:");
foreach (var reproducer in tally.Reproducers)
{
    Console.WriteLine(reproducer);
}

await app.StopAsync();
return tally.Failures == 0 ? 0 : 1;

async Task SendAsync(HostileRequest request, KnownValues known)
{
    HttpResponseMessage response;
    try
    {
        using var message = request.ToMessage(known);
        response = await http.SendAsync(message);
    }
    catch (Exception e) when (e is HttpRequestException or InvalidOperationException or FormatException or UriFormatException)
    {
        // The client refuses to send it (e.g. a non-ASCII header value): nothing reached the mock.
        tally.Count("not sent (client refused)");
        return;
    }
    catch (TaskCanceledException)
    {
        tally.Count("timeout");
        tally.Fail("no answer within 30 s", request, new HostileAnswer(0, null, ""));
        return;
    }

    using (response)
    {
        var answer = new HostileAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
        // Kestrel refuses some requests before the app (a NUL in the path, a malformed header, a URI over its limit)
        // with an empty answer; a HEAD answer has no body by definition.
        if (answer.Status is 400 or 414 or 431 && answer.MediaType is null && answer.Body.Length == 0)
        {
            tally.Count($"{answer.Status} (Kestrel, before the app)");
            return;
        }

        if (request.Method == "HEAD" && answer.Body.Length == 0)
        {
            tally.Count($"{answer.Status} (HEAD, no body)");
            return;
        }

        tally.Count(answer.Status.ToString(CultureInfo.InvariantCulture));
        if (HostileVerdict.Judge(request, known.Bind(request.Path), answer) is { } problem)
        {
            tally.Fail(problem, request, answer);
        }
    }
}

static string Memory()
{
    using var process = Process.GetCurrentProcess();
    return $"managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1024 / 1024} MiB, working set {process.WorkingSet64 / 1024 / 1024} MiB";
}

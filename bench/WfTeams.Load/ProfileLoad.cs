using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Load;

/// <summary>
/// Repeated <c>GET /api/templates/ansiedlung/profile.docx</c> over real HTTP (Kestrel on loopback) from N
/// concurrent clients in a closed loop, the template on Azurite; with <c>--revalidate</c> each client sends the
/// ETag it got (If-None-Match) and gets 304s; <c>--head-cache S</c> sets <c>Profile:HeadCacheSeconds</c> (0: the head
/// row read on every request); <c>--think MS</c>: each client waits that long (±50 %) between its requests, so the
/// clients are concurrent without saturating the machine (0, the default: back to back, a throughput test).
/// Development mode (no token validation in front).
/// dotnet run -c Release --project bench/WfTeams.Load -- profile [clients=50] [seconds=20] [--revalidate] [--head-cache 1] [--think MS]
/// </summary>
internal static class ProfileLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--head-cache");
        var headCache = at > 0 && at + 1 < args.Length ? args[at + 1] : null;
        var thinkAt = Array.IndexOf(args, "--think");
        var think = thinkAt > 0 && thinkAt + 1 < args.Length ? int.Parse(args[thinkAt + 1], CultureInfo.InvariantCulture) : 0;
        var numbers = args.Where((a, i) => i > 0 && !a.StartsWith("--", StringComparison.Ordinal) && (at < 0 || i != at + 1) && (thinkAt < 0 || i != thinkAt + 1))
            .Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        var clients = numbers.Length > 0 ? numbers[0] : 50;
        var seconds = numbers.Length > 1 ? numbers[1] : 20;
        var revalidate = args.Contains("--revalidate");

        await using var azurite = await Azurite.StartAsync();
        var store = new TemplateStore(azurite.CreateServiceClient());
        var template = (await TemplateFile.LoadAsync(Path.Combine(Azurite.RepositoryRoot(), "samples", "ansiedlung.json"))).Template!;
        await store.ImportAsync(new TenantId("development"), template);

        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("Urls", "http://127.0.0.1:0");
            host.UseSetting("Storage:ConnectionString", azurite.ConnectionString);
            host.UseSetting("Bot:AllowUnauthenticated", "true");
            host.UseSetting("Api:AllowUnauthenticated", "true");
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            if (headCache is not null)
            {
                host.UseSetting("Profile:HeadCacheSeconds", headCache);
            }
        });
        factory.UseKestrel();
        factory.StartServer();
        using var client = factory.CreateClient();
        var path = $"/api/templates/{template.Id}/profile.docx";

        async Task<(double Ms, string? ETag, long Bytes)> GetAsync(string? etag)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (etag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotModified
                ? (elapsed, response.Headers.ETag?.ToString(), body.LongLength)
                : throw new InvalidOperationException($"profile answered {(int)response.StatusCode}");
        }

        // Warm-up: JIT, the first table query, the first document.
        var (_, first, size) = await GetAsync(null);
        for (var i = 0; i < 100; i++)
        {
            await GetAsync(revalidate ? first : null);
        }

        var latencies = new List<double>[clients];
        var stop = DateTime.UtcNow.AddSeconds(seconds);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = [];
            var random = new Random(c);
            while (DateTime.UtcNow < stop)
            {
                if (think > 0)
                {
                    await Task.Delay(think / 2 + random.Next(think + 1));
                }

                mine.Add((await GetAsync(revalidate ? first : null)).Ms);
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            clients              {clients}{(revalidate ? " (If-None-Match: 304s)" : "")}{(think > 0 ? $", think {think} ms" : ", back to back")}
            head row cache       {headCache ?? "default"} s (Profile:HeadCacheSeconds)
            load average after   {(File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?")}
            document             {size / 1024.0:F1} KiB, ETag {first ?? "none"}
            duration             {elapsed:F1} s
            requests             {all.Length}
            requests per second  {all.Length / elapsed:F0}
            p50                  {Percentile(0.50):F2} ms
            p99                  {Percentile(0.99):F2} ms
            max                  {all[^1]:F2} ms
            """));
        return 0;
    }
}

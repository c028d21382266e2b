using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WfTeams.Testing;

// The load generator (issue 4): message turns through POST /api/messages over real HTTP, each with a
// signed Bot Framework token, at N concurrent conversations; replies land in a loopback connector sink.
// dotnet run -c Release --project bench/WfTeams.Load -- [conversations=50] [seconds=20]
// dotnet run -c Release --project bench/WfTeams.Load -- profile [clients=50] [seconds=20] [--revalidate]   (ProfileLoad)
// dotnet run -c Release --project bench/WfTeams.Load -- outbound [conversations=50] [activities=10000]   (OutboundLoad)
internal static class LoadGenerator
{
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == "reminders")
        {
            return await ReminderLoad.RunAsync(args[1..]);
        }

        if (args.FirstOrDefault() == "profile")
        {
            return await WfTeams.Load.ProfileLoad.RunAsync(args);
        }

        if (args.Length > 0 && args[0] == "capture")
        {
            return await CaptureLoad.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "outbound")
        {
            return await WfTeams.Load.OutboundLoad.RunAsync(args);
        }

        var conversations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        const string AppId = "5f2d7c1e-8a4b-4c3d-9e6f-0a1b2c3d4e5f";
        var tenant = Guid.NewGuid().ToString();

        await using var azurite = await Azurite.StartAsync();
        using var openId = new OpenIdServer();
        using var sink = new ConnectorSink();
        using var factory = LoadHost.Create(azurite.ConnectionString, new Dictionary<string, string>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:TenantId"] = tenant,
            ["Bot:OpenIdMetadataUrl"] = openId.MetadataUrl,
        });
        factory.UseKestrel();
        factory.StartServer();
        using var client = factory.CreateClient();
        var token = openId.Token(AppId, sink.ServiceUrl);

        JsonObject Message(int conversation, long turn) => new()
        {
            ["type"] = "message",
            ["id"] = $"{conversation}-{turn}",
            ["serviceUrl"] = sink.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = $"29:user-{conversation}", ["name"] = "Last Test" },
            ["conversation"] = new JsonObject { ["id"] = $"a:load-{conversation}", ["tenantId"] = tenant },
            ["recipient"] = new JsonObject { ["id"] = "28:" + AppId },
            ["text"] = "hilfe",
            ["locale"] = "de-DE",
        };

        async Task<double> TurnAsync(int conversation, long turn)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Message(conversation, turn)) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return response.IsSuccessStatusCode ? elapsed : throw new InvalidOperationException($"turn answered {(int)response.StatusCode}");
        }

        // Warm-up: JIT, metadata, table creation, the outbound token.
        for (var i = 0; i < 50; i++)
        {
            await TurnAsync(-1, i);
        }

        await sink.WaitForAsync(50);
        var sentBefore = sink.Calls.Count;
        var latencies = new List<double>[conversations];
        var stop = DateTime.UtcNow.AddSeconds(seconds);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = [];
            for (long turn = 0; DateTime.UtcNow < stop; turn++)
            {
                mine.Add(await TurnAsync(c, turn));
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var turns = latencies.Sum(l => l.Count);
        // Replies are sent after each turn's answer: wait while they still arrive.
        var drained = Stopwatch.StartNew();
        for (var seen = -1; sink.Calls.Count - sentBefore < turns && sink.Calls.Count != seen;)
        {
            seen = sink.Calls.Count;
            await sink.WaitForAsync(sentBefore + turns, TimeSpan.FromSeconds(5));
        }

        var replies = sink.Calls.Count - sentBefore;

        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            conversations        {conversations}
            duration             {elapsed:F1} s
            message turns        {turns}
            turns per second     {turns / elapsed:F0}
            turn time p50        {Percentile(0.50):F2} ms
            turn time p99        {Percentile(0.99):F2} ms
            turn time max        {all[^1]:F2} ms
            replies at the sink  {replies} ({turns - replies} missing), all delivered {drained.Elapsed.TotalSeconds:F1} s after the last turn
            process memory       {self.WorkingSet64 / 1048576.0:F0} MiB working set, {GC.GetTotalMemory(false) / 1048576.0:F0} MiB managed heap (host and generator in one process)
            """));
        return replies == turns ? 0 : 1;
    }
}

/// <summary>The outbound token without Microsoft Entra ID (no network here).</summary>
internal sealed class FixedCredential : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new("load-test-token", DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}

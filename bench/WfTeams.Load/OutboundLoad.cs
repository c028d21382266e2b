using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WfTeams.Bot.BotFramework;
using WfTeams.Testing;

namespace WfTeams.Load;

/// <summary>
/// The outbound side alone: N activities for C conversations put into the host's <see cref="OutboundQueue"/> at
/// once, delivered through the connector client to the loopback connector sink (the test sink, an HttpListener
/// in this process); replies per second from the first enqueue to the last arrival, and per-conversation order
/// checked. Development mode (no outbound token), so the Teams limits do not apply (loopback).
/// dotnet run -c Release --project bench/WfTeams.Load -- outbound [conversations=50] [activities=10000]
/// </summary>
internal static class OutboundLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
        await using var azurite = await Azurite.StartAsync();
        using var sink = new ConnectorSink();
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("Storage:ConnectionString", azurite.ConnectionString);
            host.UseSetting("Bot:AllowUnauthenticated", "true");
            host.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        _ = factory.Services; // starts the host and its queue
        var queue = factory.Services.GetRequiredService<OutboundQueue>();

        Outbound Message(int conversation, int n) =>
            new(sink.ServiceUrl, $"a:out-{conversation}", new WfTeams.Bot.BotFramework.Activity { Type = "message", Text = $"{conversation}:{n}" }, ReplyToId: $"in-{n}");

        // Warm-up: JIT, connections.
        for (var i = 0; i < 200; i++)
        {
            await queue.EnqueueAsync(Message(-1 - (i % conversations), i));
        }

        await sink.WaitForAsync(200, TimeSpan.FromSeconds(60));
        var before = sink.Calls.Count;
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < count; n++)
        {
            await queue.EnqueueAsync(Message(n % conversations, n / conversations));
        }

        var enqueued = clock.Elapsed.TotalSeconds;
        for (var seen = -1; sink.Calls.Count - before < count && sink.Calls.Count != seen;)
        {
            seen = sink.Calls.Count;
            await sink.WaitForAsync(before + count, TimeSpan.FromSeconds(10));
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        var calls = sink.Calls.Skip(before).ToArray();
        var outOfOrder = calls.GroupBy(c => c.Path).Count(g =>
        {
            var numbers = g.Select(c => int.Parse(((string)c.Body!["text"]!).Split(':')[1], CultureInfo.InvariantCulture)).ToArray();
            return !numbers.SequenceEqual(numbers.Order());
        });
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            load average         {File.ReadAllText("/proc/loadavg").Trim()}
            conversations        {conversations}
            activities           {count} (all enqueued after {enqueued:F2} s)
            delivered            {calls.Length} in {elapsed:F2} s
            replies per second   {calls.Length / elapsed:F0}
            out of order         {outOfOrder} conversations
            process memory       {self.WorkingSet64 / 1048576.0:F0} MiB working set, {GC.GetTotalMemory(false) / 1048576.0:F0} MiB managed heap
            """));
        return calls.Length == count && outOfOrder == 0 ? 0 : 1;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WfTeams.Bot.BotFramework;

namespace WfTeams.Bot.Tests.BotFramework;

/// <summary>The outbound queue: every conversation in order, many at once, bounded.</summary>
[Collection("Azurite")]
public sealed class OutboundQueueTests(AzuriteFixture azurite) : IDisposable
{
    private readonly BotHost _host = new(azurite);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Enqueue_ManyConversations_AllDeliveredEachInOrder()
    {
        var queue = _host.Services.GetRequiredService<OutboundQueue>();
        _ = _host.Client; // starts the host and with it the queue
        const int Conversations = 12, Each = 40;

        for (var i = 0; i < Each; i++)
        {
            for (var c = 0; c < Conversations; c++)
            {
                await queue.EnqueueAsync(new Outbound(_host.Connector.ServiceUrl, $"a:conv-{c}", new Activity { Type = "message", Text = $"{c}:{i}" }));
            }
        }

        var calls = await _host.Connector.WaitForAsync(Conversations * Each, TimeSpan.FromSeconds(60));

        Assert.Equal(Conversations * Each, calls.Length);
        foreach (var conversation in calls.GroupBy(call => call.Path))
        {
            var numbers = conversation.Select(call => int.Parse(((string)call.Body!["text"]!).Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(Enumerable.Range(0, Each), numbers);
        }
    }

    [Fact]
    public async Task Enqueue_QueueFull_WaitsForRoom()
    {
        var connector = _host.Services.GetRequiredService<ConnectorClient>();
        var limits = _host.Services.GetRequiredService<TeamsRateLimiter>();
        using var queue = new OutboundQueue(connector, limits, Options.Create(new OutboundOptions { Capacity = 2 }), NullLogger<OutboundQueue>.Instance);
        Outbound Message(int n) => new(_host.Connector.ServiceUrl, "a:voll", new Activity { Type = "message", Text = $"{n}" });
        using var cancel = new CancellationTokenSource();

        // Not started: nothing leaves the queue.
        await queue.EnqueueAsync(Message(1));
        await queue.EnqueueAsync(Message(2));
        var third = queue.EnqueueAsync(Message(3), cancel.Token).AsTask();

        Assert.False(third.IsCompleted);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);
    }
}

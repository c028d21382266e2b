using System.Threading.Channels;

namespace WfTeams.Bot.BotFramework;

/// <summary>
/// Sends replies after the HTTP answer to the channel, so a turn answers within milliseconds however
/// slow the connector is. Lanes keep each conversation's messages in order and let conversations
/// proceed in parallel.
/// </summary>
public sealed partial class OutboundQueue(ConnectorClient connector, ILogger<OutboundQueue> logger) : BackgroundService
{
    private const int Lanes = 32;
    private const int Capacity = 10_000;
    private readonly Channel<Outbound>[] _lanes = Enumerable.Range(0, Lanes)
        .Select(_ => Channel.CreateBounded<Outbound>(new BoundedChannelOptions(Capacity) { SingleReader = true }))
        .ToArray();

    public ValueTask EnqueueAsync(Outbound outbound, CancellationToken cancellationToken = default) =>
        _lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(outbound.ConversationId) % Lanes)].Writer.WriteAsync(outbound, cancellationToken);

    // Cancelled only when the host's shutdown timeout runs out: stopping first delivers what is queued.
    private readonly CancellationTokenSource _abort = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_lanes.Select(lane => DrainAsync(lane.Reader, _abort.Token)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }

        await using var abort = cancellationToken.Register(_abort.Cancel);
        await (ExecuteTask ?? Task.CompletedTask);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    private async Task DrainAsync(ChannelReader<Outbound> reader, CancellationToken abort)
    {
        await foreach (var outbound in reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await DeliverAsync(outbound, abort);
                outbound.Delivered?.TrySetResult();
            }
            catch (ConnectorException exception)
            {
                outbound.Delivered?.TrySetException(exception);
                LogNotDelivered(logger, outbound.ConversationId, exception.Code, exception.Message);
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
            {
                outbound.Delivered?.TrySetException(exception);
                LogNotDelivered(logger, outbound.ConversationId, null, exception.Message);
            }
        }
    }

    private async Task DeliverAsync(Outbound outbound, CancellationToken cancellationToken)
    {
        if (outbound.UpdateActivityId is { } activityId)
        {
            await connector.UpdateAsync(outbound.ServiceUrl, outbound.ConversationId, activityId, outbound.Activity, cancellationToken);
        }
        else if (outbound.ReplyToId is { } replyToId)
        {
            await connector.ReplyAsync(outbound.ServiceUrl, outbound.ConversationId, replyToId, outbound.Activity, cancellationToken);
        }
        else
        {
            await connector.SendAsync(outbound.ServiceUrl, outbound.ConversationId, outbound.Activity, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity for conversation {ConversationId} not delivered ({Code}): {Reason}")]
    private static partial void LogNotDelivered(ILogger logger, string conversationId, string? code, string reason);
}

using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace WfTeams.Bot.BotFramework;

/// <summary>
/// Sends activities after the HTTP answer to the channel, so a turn answers within milliseconds however slow
/// the connector is; also the one way proactive messages go out. Each conversation's activities are sent one
/// after another, in order; up to <c>Bot:Outbound:Concurrency</c> conversations at the same time (one lane per
/// conversation, so one slow conversation holds up no other). At most <c>Bot:Outbound:Capacity</c> activities
/// wait; beyond that <see cref="EnqueueAsync"/> waits. Teams' rate limits apply per send (<see cref="TeamsRateLimiter"/>).
/// </summary>
public sealed partial class OutboundQueue : BackgroundService
{
    // After this many activities in a row a busy conversation lets the others go first.
    private const int Turn = 16;

    private readonly ConnectorClient _connector;
    private readonly TeamsRateLimiter _limits;
    private readonly ILogger<OutboundQueue> _logger;
    private readonly SemaphoreSlim _room;
    private readonly SemaphoreSlim _senders;
    private readonly Dictionary<string, Queue<Outbound>> _waiting = new(StringComparer.Ordinal);
    private readonly Channel<string> _ready = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HashSet<Task> _running = [];
    private readonly int _concurrency;

    // Cancelled only when the host's shutdown timeout runs out: stopping first delivers what is queued.
    private readonly CancellationTokenSource _abort = new();
    private volatile bool _stopping;

    public OutboundQueue(ConnectorClient connector, TeamsRateLimiter limits, IOptions<OutboundOptions> options, ILogger<OutboundQueue> logger)
    {
        _connector = connector;
        _limits = limits;
        _logger = logger;
        _room = new SemaphoreSlim(Math.Max(1, options.Value.Capacity));
        _concurrency = Math.Max(1, options.Value.Concurrency);
        _senders = new SemaphoreSlim(_concurrency);
    }

    /// <summary>Queues an activity; waits while the queue is full.</summary>
    public async ValueTask EnqueueAsync(Outbound outbound, CancellationToken cancellationToken = default)
    {
        await _room.WaitAsync(cancellationToken);
        bool first;
        lock (_waiting)
        {
            first = !_waiting.TryGetValue(outbound.ConversationId, out var queue);
            if (first)
            {
                _waiting[outbound.ConversationId] = queue = new Queue<Outbound>();
            }

            queue!.Enqueue(outbound);
        }

        // A conversation with an entry is already ready or being sent: its sender takes the new one in turn.
        if (first && !_ready.Writer.TryWrite(outbound.ConversationId))
        {
            LogNotDelivered(_logger, outbound.ConversationId, null, "the host is stopping");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var conversation in _ready.Reader.ReadAllAsync(CancellationToken.None))
        {
            await _senders.WaitAsync(CancellationToken.None);
            var task = Task.Run(() => SendConversationAsync(conversation));
            lock (_running)
            {
                _running.Add(task);
            }

            _ = task.ContinueWith(done => { lock (_running) { _running.Remove(done); } }, TaskScheduler.Default);
        }

        Task[] left;
        lock (_running)
        {
            left = [.. _running];
        }

        await Task.WhenAll(left);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        await using var abort = cancellationToken.Register(_abort.Cancel);

        // Senders finish their conversations; then nothing is ready any more and the loop ends.
        while (true)
        {
            bool idle;
            lock (_waiting)
            {
                idle = _waiting.Count == 0;
            }

            if (idle || _abort.IsCancellationRequested)
            {
                break;
            }

            await Task.Delay(20, CancellationToken.None);
        }

        _ready.Writer.TryComplete();
        await (ExecuteTask ?? Task.CompletedTask);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        _room.Dispose();
        _senders.Dispose();
        base.Dispose();
    }

    private async Task SendConversationAsync(string conversation)
    {
        try
        {
            for (var sent = 0; ; sent++)
            {
                Outbound next;
                lock (_waiting)
                {
                    var queue = _waiting[conversation];
                    if (queue.Count == 0)
                    {
                        _waiting.Remove(conversation);
                        return;
                    }

                    if (sent == Turn && !_stopping && _ready.Writer.TryWrite(conversation))
                    {
                        return; // the entry stays: the conversation is ready again, behind the others
                    }

                    next = queue.Dequeue();
                }

                try
                {
                    await DeliverAsync(next, _abort.Token);
                }
                finally
                {
                    _room.Release();
                }
            }
        }
        finally
        {
            _senders.Release();
        }
    }

    private async Task DeliverAsync(Outbound outbound, CancellationToken cancellationToken)
    {
        try
        {
            await _limits.WaitAsync(outbound.ServiceUrl, outbound.ConversationId, cancellationToken);
            if (outbound.UpdateActivityId is { } activityId)
            {
                await _connector.UpdateAsync(outbound.ServiceUrl, outbound.ConversationId, activityId, outbound.Activity, cancellationToken);
            }
            else if (outbound.ReplyToId is { } replyToId)
            {
                await _connector.ReplyAsync(outbound.ServiceUrl, outbound.ConversationId, replyToId, outbound.Activity, cancellationToken);
            }
            else
            {
                await _connector.SendAsync(outbound.ServiceUrl, outbound.ConversationId, outbound.Activity, cancellationToken);
            }

            outbound.Delivered?.TrySetResult();
        }
        catch (ConnectorException exception)
        {
            outbound.Delivered?.TrySetException(exception);
            LogNotDelivered(_logger, outbound.ConversationId, exception.Code, exception.Message);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            outbound.Delivered?.TrySetException(exception);
            LogNotDelivered(_logger, outbound.ConversationId, null, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity for conversation {ConversationId} not delivered ({Code}): {Reason}")]
    private static partial void LogNotDelivered(ILogger logger, string conversationId, string? code, string reason);
}

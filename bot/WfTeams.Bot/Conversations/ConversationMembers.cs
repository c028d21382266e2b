using System.Collections.Concurrent;
using WfTeams.Bot.BotFramework;
using WfTeams.Core.Runs;

namespace WfTeams.Bot.Conversations;

/// <summary>
/// Who a step can be assigned to in a group chat or channel: its members, asked from the connector
/// at most every ten minutes per conversation. Without an answer the card asks for a name instead.
/// </summary>
public sealed partial class ConversationMembers(ConnectorClient connector, TimeProvider clock, ILogger<ConversationMembers> logger)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(800);
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyList<Actor>? Members)> _cache = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<Actor>?> GetAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation!.Id!;
        if (_cache.TryGetValue(conversationId, out var cached) && clock.GetUtcNow() - cached.At < Fresh)
        {
            return cached.Members;
        }

        IReadOnlyList<Actor>? members = null;
        try
        {
            // An invoke must be answered quickly: a slow member list is not worth waiting for.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Patience);
            var accounts = await connector.GetMembersAsync(activity.ServiceUrl!, conversationId, timeout.Token);
            members = accounts
                .Where(a => a.Id is { Length: > 0 } && a.Id != activity.Recipient?.Id)
                .Select(a => new Actor(a.AadObjectId is { Length: > 0 } aad ? aad : a.Id!, a.Name ?? a.Id!))
                .Where(a => a.IsValid)
                .ToArray();
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException or OperationCanceledException or System.Text.Json.JsonException)
        {
            LogNoMembers(logger, conversationId, exception.Message);
        }

        _cache[conversationId] = (clock.GetUtcNow(), members);
        return members;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Members of {ConversationId} not available: {Reason}")]
    private static partial void LogNoMembers(ILogger logger, string conversationId, string reason);
}

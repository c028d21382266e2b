using Microsoft.Extensions.Options;

namespace WfTeams.Bot.BotFramework;

/// <summary>
/// Teams' limits for a bot's sends (M365-FACTS.md): at most 7 messages per second per conversation and 50 requests
/// per second for the app in the tenant (one deployment is one app in one tenant). Each send reserves the first
/// moment both allow, spaced evenly (a cell-rate scheme without burst: n sends never fall into less than (n−1)/rate
/// seconds, whatever order they are reserved in), and waits until then. Applies to real Teams service URLs, not to
/// a loopback connector, unless <c>Bot:Outbound:TeamsLimits</c> says <c>always</c> or <c>never</c>.
/// </summary>
public sealed class TeamsRateLimiter(IOptions<OutboundOptions> options, TimeProvider clock)
{
    public const int PerConversationPerSecond = 7;
    public const int PerAppPerSecond = 50;
    private const int ForgetAbove = 10_000;

    private static readonly TimeSpan ConversationSpacing = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / PerConversationPerSecond + 1);
    private static readonly TimeSpan AppSpacing = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / PerAppPerSecond);

    private readonly string _mode = options.Value.TeamsLimits?.Trim().ToLowerInvariant() ?? "auto";
    private readonly Dictionary<string, DateTimeOffset> _conversations = new(StringComparer.Ordinal);
    private DateTimeOffset _app = DateTimeOffset.MinValue;

    public bool Applies(string serviceUrl) => _mode switch
    {
        "always" => true,
        "never" => false,
        _ => !(Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.IsLoopback),
    };

    /// <summary>Reserves the next send to <paramref name="conversationId"/>: how long to wait before it (zero: now).</summary>
    public TimeSpan Reserve(string conversationId)
    {
        lock (_conversations)
        {
            var now = clock.GetUtcNow();
            if (_conversations.Count > ForgetAbove)
            {
                // Conversations whose next free moment has passed need no entry.
                foreach (var stale in _conversations.Where(c => c.Value <= now).Select(c => c.Key).ToList())
                {
                    _conversations.Remove(stale);
                }
            }

            var at = now;
            if (_conversations.TryGetValue(conversationId, out var conversationFree) && conversationFree > at)
            {
                at = conversationFree;
            }

            if (_app > at)
            {
                at = _app;
            }

            _conversations[conversationId] = at + ConversationSpacing;
            _app = at + AppSpacing;
            return at - now;
        }
    }

    /// <summary>Waits for the next send's moment, where the limits apply.</summary>
    public async ValueTask WaitAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        if (!Applies(serviceUrl))
        {
            return;
        }

        var delay = Reserve(conversationId);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, clock, cancellationToken);
        }
    }
}

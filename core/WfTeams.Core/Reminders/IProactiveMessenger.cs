using System.Text.Json.Nodes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Reminders;

/// <summary>
/// Sends a card without being asked (the host: the Bot Connector through the outbound queue, which keeps Teams'
/// rate limits). Never throws for what Teams answers: the outcome says what happened.
/// </summary>
public interface IProactiveMessenger
{
    /// <summary>Into the user's personal chat with the bot, created first when the bot has not talked to them yet.</summary>
    /// <param name="known">The user's reference when the caller read it already (null: looked up).</param>
    Task<Delivery> ToUserAsync(TenantId tenant, Actor user, UserReference? known, JsonObject card, CancellationToken cancellationToken);

    /// <summary>Into a group chat or channel the bot is in.</summary>
    Task<Delivery> ToConversationAsync(TenantId tenant, string conversationId, JsonObject card, CancellationToken cancellationToken);
}

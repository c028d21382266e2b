using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace WfTeams.Bot.BotFramework;

/// <summary>
/// A Bot Framework activity, as Teams and the Playground send it. Only what we use is typed;
/// everything else is kept in <see cref="Extra"/> so an activity survives a round trip unchanged.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Name { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Text { get; set; }
    public string? Locale { get; set; }
    public string? ReplyToId { get; set; }
    public JsonElement? Value { get; set; }
    public string? Action { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public JsonObject? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The Microsoft 365 tenant the activity comes from (Teams puts it in two places).</summary>
    [JsonIgnore]
    public string? TenantId =>
        Conversation?.TenantId
        ?? (ChannelData?["tenant"]?["id"] is JsonValue id && id.TryGetValue(out string? tenant) ? tenant : null);

    /// <summary>A reply in the same conversation, from the recipient back to the sender.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = Recipient,
        Recipient = From,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };
}

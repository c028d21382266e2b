namespace WfTeams.Bot.BotFramework;

/// <summary>An activity to deliver: a reply (or a new message, without <see cref="ReplyToId"/>) or an update of a sent one.</summary>
public sealed record Outbound(string ServiceUrl, string ConversationId, Activity Activity, string? ReplyToId = null, string? UpdateActivityId = null);

namespace WfTeams.Bot.BotFramework;

/// <summary>
/// An activity to deliver: a reply (or a new message, without <see cref="ReplyToId"/>) or an update of a sent one.
/// <see cref="Delivered"/>, when given, learns how it went (a proactive sender must know a 403).
/// </summary>
public sealed record Outbound(string ServiceUrl, string ConversationId, Activity Activity, string? ReplyToId = null, string? UpdateActivityId = null, TaskCompletionSource? Delivered = null);

namespace WfTeams.Core.Reminders;

/// <summary>A chat or channel the bot is in (where a case lives): enough to post into it without being asked.</summary>
public sealed record ConversationReference(string ServiceUrl, string ConversationId, bool Unreachable);

using WfTeams.Core.Runs;

namespace WfTeams.Core.Chat;

/// <summary>Who clicked, where, with which activity: everything the bot knows besides the card's verb and data.</summary>
public sealed record ChatContext(string Tenant, Actor Actor, string ActivityId, string? ConversationId, bool Shared, string? Locale);

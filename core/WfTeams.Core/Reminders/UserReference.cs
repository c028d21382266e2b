namespace WfTeams.Core.Reminders;

/// <summary>
/// Where the bot can reach a user on its own: their personal chat with the bot (service URL and conversation id,
/// null until the app was installed for them or they wrote to it), their Teams id (<c>29:…</c>, for creating that
/// chat), whether Teams refused our messages there (403: blocked or removed), whether they turned reminders off, and
/// their display name as Teams sent it last (to tell others whom the bot reached).
/// </summary>
public sealed record UserReference(
    string ObjectId,
    string? TeamsUserId,
    string? ServiceUrl,
    string? ConversationId,
    bool Unreachable,
    bool RemindersOff,
    string? Locale = null,
    string? Name = null)
{
    /// <summary>The personal chat is known and Teams has not refused us there.</summary>
    public bool Reachable => ServiceUrl is not null && ConversationId is not null && !Unreachable;
}

using System.Net;

namespace WfTeams.Bot.BotFramework;

/// <summary>A call to the connector that failed or was refused before it was made.</summary>
public sealed class ConnectorException(HttpStatusCode? status, string? code, string message) : Exception(message)
{
    public HttpStatusCode? Status { get; } = status;

    /// <summary>The connector's error code, e.g. ConversationBlockedByUser, BotNotInConversationRoster.</summary>
    public string? Code { get; } = code;
}

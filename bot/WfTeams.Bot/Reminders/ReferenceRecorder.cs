using WfTeams.Bot.BotFramework;
using WfTeams.Core.Reminders;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Reminders;

/// <summary>
/// Remembers from each activity where the bot can speak first (M365-FACTS "Teams proactive messages"): the user's
/// personal chat on install and on their first message there, every group chat and channel it is used in, and the
/// service URL. Removing the app marks the chat unreachable. A failure here never fails the turn.
/// </summary>
public sealed partial class ReferenceRecorder(ConversationReferences references, TenantId tenant, ILogger<ReferenceRecorder> logger)
{
    public async Task RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return;
        }

        var personal = IsPersonal(activity);
        var objectId = activity.From?.AadObjectId is { Length: > 0 } aad ? aad : null;
        var removed = activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true;
        try
        {
            if (removed)
            {
                await (personal && objectId is not null
                    ? references.MarkUserUnreachableAsync(tenant, objectId, cancellationToken)
                    : references.MarkConversationUnreachableAsync(tenant, conversationId, cancellationToken));
                return;
            }

            if (objectId is not null)
            {
                await references.RememberUserAsync(tenant, objectId, activity.From?.Id, serviceUrl, personal ? conversationId : null, cancellationToken, activity.Locale, activity.From?.Name);
            }

            if (!personal)
            {
                await references.RememberConversationAsync(tenant, conversationId, serviceUrl, cancellationToken);
            }
        }
        catch (StorageUnavailableException exception)
        {
            LogNotRecorded(logger, exception.Message);
        }
    }

    private static bool IsPersonal(Activity activity) =>
        activity.Conversation?.IsGroup != true && activity.Conversation?.ConversationType is null or "personal";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation reference not recorded: {Reason}")]
    private static partial void LogNotRecorded(ILogger logger, string reason);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WfTeams.Bot.BotFramework;
using WfTeams.Bot.Reminders;
using WfTeams.Bot.Telemetry;
using WfTeams.Core.Cards;
using WfTeams.Core.Chat;
using WfTeams.Core.Resources;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Conversations;

/// <summary>
/// Routes an authenticated activity by <c>type</c>, then by invoke <c>name</c> (as TeamsActivityHandler
/// does), and hands chat messages and card actions to the <see cref="CaptureConversation"/> or else the <see cref="CaseConversation"/>. The card
/// that answers an invoke replaces the clicked one; everything else is sent through the
/// <see cref="OutboundQueue"/>, after the HTTP answer.
/// </summary>
public sealed partial class ActivityRouter(
    OutboundQueue outbound, ActivityLedger ledger, CaseConversation cases, ConversationMembers members, TenantId tenant, ILogger<ActivityRouter> logger,
    ReferenceRecorder references, ReminderSwitchHandler reminderSwitch, CaptureConversation capture)
    : IActivityHandler
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var span = WfTeamsTelemetry.TurnStarted(activity.Type, activity.Name, activity.ChannelId);
        int? status = null;
        try
        {
            var result = await RouteAsync(activity, cancellationToken);
            status = result.Status;
            return result;
        }
        finally
        {
            WfTeamsTelemetry.TurnEnded(span, activity.Type, activity.ChannelId, status);
        }
    }

    private async Task<TurnResult> RouteAsync(Activity activity, CancellationToken cancellationToken)
    {
        var culture = Messages.Culture(activity.Locale);
        try
        {
            await references.RecordAsync(activity, cancellationToken);
            switch (activity.Type)
            {
                case ActivityTypes.Message:
                    // A message Teams resends takes effect once (case changes are exactly-once on their own too).
                    if (activity.Id is null || await ledger.TryRecordAsync(tenant, activity.Conversation!.Id!, activity.Id, cancellationToken))
                    {
                        if (await reminderSwitch.TryHandleAsync(activity, CommandText(activity), Context(activity).Actor, cancellationToken))
                        {
                            return TurnResult.Ok;
                        }

                        // Capture commands next (neuen Prozess erfassen, meine entwürfe, …); everything else is about cases.
                        var reply = await capture.OnMessageAsync(CommandText(activity), Context(activity), cancellationToken)
                            ?? await cases.OnMessageAsync(CommandText(activity), Context(activity), cancellationToken);
                        await SendAsync(activity, reply.Send, cancellationToken);
                    }

                    return TurnResult.Ok;

                case ActivityTypes.Invoke:
                    return activity.Name switch
                    {
                        AdaptiveCardAction => await OnCardActionAsync(activity, cancellationToken),
                        _ => TurnResult.NotImplemented,
                    };

                case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true:
                    // Installing the app in a chat, team or personal scope adds the bot: greet once per conversation
                    // (the installationUpdate that comes with it carries no locale).
                    if (await ledger.TryRecordAsync(tenant, activity.Conversation!.Id!, "welcome", cancellationToken))
                    {
                        await SendAsync(activity, [HelpCard.Build(culture, welcome: true)], cancellationToken);
                    }

                    return TurnResult.Ok;

                default:
                    return TurnResult.Ok;
            }
        }
        catch (StorageUnavailableException exception)
        {
            LogStorageUnavailable(logger, exception.Message);
            var message = Messages.Format("BotStorageUnavailable", culture);
            if (activity.Type == ActivityTypes.Invoke)
            {
                return TurnResult.InvokeError(StatusCodes.Status503ServiceUnavailable, "StorageUnavailable", message);
            }

            await outbound.EnqueueAsync(new Outbound(activity.ServiceUrl!, activity.Conversation!.Id!, activity.CreateReply(message), activity.Id), cancellationToken);
            return TurnResult.Ok;
        }
    }

    /// <summary>Universal Actions: <c>value.action</c> = {type: Action.Execute, verb, data}; the answer replaces the card.</summary>
    private async Task<TurnResult> OnCardActionAsync(Activity activity, CancellationToken cancellationToken)
    {
        string? verb = null;
        JsonNode? data = null;
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object)
        {
            verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            data = action.TryGetProperty("data", out var d) ? JsonNode.Parse(d.GetRawText()) : null;
        }

        // Capture buttons first (capture.*), everything else is about cases; what either sends besides the answer goes out too.
        var context = Context(activity);
        var reply = await capture.OnActionAsync(verb, data, context, cancellationToken)
            ?? await cases.OnActionAsync(verb, data, context, context.Shared ? await members.GetAsync(activity, cancellationToken) : null, cancellationToken);
        await SendAsync(activity, reply.Send, cancellationToken);
        return reply.Replace is { } card
            ? TurnResult.Card(card)
            : TurnResult.Message();
    }

    private async Task SendAsync(Activity activity, IEnumerable<JsonObject> cards, CancellationToken cancellationToken)
    {
        foreach (var card in cards)
        {
            var reply = activity.CreateReply();
            reply.Attachments = [Attachment.Card(card)];
            await outbound.EnqueueAsync(new Outbound(activity.ServiceUrl!, activity.Conversation!.Id!, reply, activity.Id), cancellationToken);
        }
    }

    /// <summary>
    /// Who acts where: the user's Entra object id where Teams gives it (stable across chats, so "my cases"
    /// finds them everywhere), the conversation, and whether its members share the cases started in it.
    /// </summary>
    private ChatContext Context(Activity activity)
    {
        var from = activity.From;
        var actor = new Actor(from?.AadObjectId is { Length: > 0 } aad ? aad : from?.Id ?? "", from?.Name ?? "");
        var shared = activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is "groupChat" or "channel";
        return new ChatContext(tenant.Value, actor, activity.Id ?? Guid.NewGuid().ToString("N"), activity.Conversation?.Id, shared, activity.Locale);
    }

    /// <summary>The user's words without the bot's @mention (group chats and channels), trimmed.</summary>
    public static string CommandText(Activity activity) =>
        Mention().Replace(activity.Text ?? "", " ").Replace("&nbsp;", " ", StringComparison.Ordinal).Trim();

    [GeneratedRegex("<at>.*?</at>", RegexOptions.Singleline)]
    private static partial Regex Mention();

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn not handled: {Reason}")]
    private static partial void LogStorageUnavailable(ILogger logger, string reason);
}

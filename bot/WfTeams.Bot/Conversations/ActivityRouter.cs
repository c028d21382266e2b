using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WfTeams.Bot.Activities;
using WfTeams.Core.Resources;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Conversations;

/// <summary>The HTTP answer of a turn: a status and, for invokes, a body.</summary>
public sealed record TurnResult(int Status, JsonObject? Body = null)
{
    public static TurnResult Ok { get; } = new(StatusCodes.Status200OK);

    public static TurnResult NotImplemented { get; } = new(StatusCodes.Status501NotImplemented);
}

/// <summary>
/// Routes an authenticated activity by <c>type</c>, then by invoke <c>name</c> (as TeamsActivityHandler
/// does). Replies go through the <see cref="OutboundQueue"/>, after the HTTP answer.
/// </summary>
public sealed partial class ActivityRouter(OutboundQueue outbound, ActivityLedger ledger)
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    public async Task<TurnResult> RouteAsync(Activity activity, TenantId tenant, CancellationToken cancellationToken)
    {
        var culture = Messages.Culture(activity.Locale);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                if (await IsFirstAsync(activity, tenant, activity.Id, cancellationToken))
                {
                    await OnMessageAsync(activity, culture, cancellationToken);
                }

                return TurnResult.Ok;

            case ActivityTypes.Invoke:
                return activity.Name switch
                {
                    AdaptiveCardAction => OnCardAction(activity, culture),
                    _ => TurnResult.NotImplemented,
                };

            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true:
                // Installing the app in a chat, team or personal scope adds the bot: greet once per conversation
                // (the installationUpdate that comes with it carries no locale).
                if (await IsFirstAsync(activity, tenant, "welcome", cancellationToken))
                {
                    await ReplyAsync(activity, HelpCard.Create(culture, welcome: true), cancellationToken);
                }

                return TurnResult.Ok;

            default:
                return TurnResult.Ok;
        }
    }

    private async Task OnMessageAsync(Activity activity, CultureInfo culture, CancellationToken cancellationToken)
    {
        var text = CommandText(activity.Text);
        if (text is "hilfe" or "help" or "?" or "")
        {
            await ReplyAsync(activity, HelpCard.Create(culture), cancellationToken);
            return;
        }

        var reply = activity.CreateReply(Messages.Format("BotNotUnderstood", culture, Shorten(activity.Text ?? "")));
        await outbound.EnqueueAsync(new Outbound(activity.ServiceUrl!, activity.Conversation!.Id!, reply, activity.Id), cancellationToken);
    }

    private static TurnResult OnCardAction(Activity activity, CultureInfo culture)
    {
        var verb = activity.Value?.TryGetProperty("action", out var action) == true && action.TryGetProperty("verb", out var v) ? v.GetString() : null;
        return InvokeError(StatusCodes.Status400BadRequest, "UnknownVerb", Messages.Format("BotNotUnderstood", culture, verb ?? ""));
    }

    private async Task ReplyAsync(Activity activity, JsonObject card, CancellationToken cancellationToken)
    {
        var reply = activity.CreateReply();
        reply.Attachments = [Attachment.Card(card)];
        await outbound.EnqueueAsync(new Outbound(activity.ServiceUrl!, activity.Conversation!.Id!, reply, activity.Id), cancellationToken);
    }

    private async Task<bool> IsFirstAsync(Activity activity, TenantId tenant, string? key, CancellationToken cancellationToken) =>
        key is null || await ledger.TryRecordAsync(tenant, activity.Conversation!.Id!, key, cancellationToken);

    /// <summary>The user's words without the bot's @mention (group chats and channels), trimmed, lower case.</summary>
    public static string CommandText(string? text) =>
        Mention().Replace(text ?? "", " ").Replace("&nbsp;", " ", StringComparison.Ordinal).Trim().ToLowerInvariant();

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79] + "…";

    public static TurnResult InvokeError(int status, string code, string message) => new(StatusCodes.Status200OK, new JsonObject
    {
        ["statusCode"] = status,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    });

    [GeneratedRegex("<at>.*?</at>", RegexOptions.Singleline)]
    private static partial Regex Mention();
}

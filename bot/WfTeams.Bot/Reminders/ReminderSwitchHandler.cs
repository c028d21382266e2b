using WfTeams.Bot.BotFramework;
using WfTeams.Core.Reminders;
using WfTeams.Core.Resources;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Reminders;

/// <summary>Answers <c>erinnerungen aus</c> / <c>an</c>: the choice is the user's, kept with their reference, in whichever chat it was said.</summary>
public sealed class ReminderSwitchHandler(ConversationReferences references, OutboundQueue outbound, TenantId tenant)
{
    public async Task<bool> TryHandleAsync(Activity activity, string text, Actor actor, CancellationToken cancellationToken)
    {
        if (ReminderSwitch.Parse(text) is not { } on || actor.Id.Length == 0)
        {
            return false;
        }

        await references.SetRemindersAsync(tenant, actor.Id, on, cancellationToken);
        var culture = Messages.Culture(activity.Locale);
        var reply = activity.CreateReply(Messages.Format(on ? "RemindersOn" : "RemindersOff", culture));
        await outbound.EnqueueAsync(new Outbound(activity.ServiceUrl!, activity.Conversation!.Id!, reply, activity.Id), cancellationToken);
        return true;
    }
}

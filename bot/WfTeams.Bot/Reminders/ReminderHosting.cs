using WfTeams.Core.Reminders;

namespace WfTeams.Bot.Reminders;

/// <summary>The bot speaking first: conversation references, <c>erinnerungen aus/an</c>, the reminder scheduler.</summary>
public static class ReminderHosting
{
    public static void AddReminders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ConversationReferences>();
        builder.Services.AddSingleton<ReferenceRecorder>();
        builder.Services.AddSingleton<ReminderSwitchHandler>();
    }
}

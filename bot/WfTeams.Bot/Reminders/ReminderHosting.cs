using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WfTeams.Bot.Telemetry;
using WfTeams.Core.Reminders;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Reminders;

/// <summary>The bot speaking first: conversation references, <c>erinnerungen aus/an</c>, the reminder scheduler.</summary>
public static class ReminderHosting
{
    public static void AddReminders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration("Reminders")
            .Validate(o => o.Read().Problem is null, "Reminders: DigestTime and ReminderTime are HH:mm, TimeZone a known zone (Europe/Berlin), Holidays dates yyyy-MM-dd, Interval at least 1 s.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ConversationReferences>();
        builder.Services.AddSingleton<ReferenceRecorder>();
        builder.Services.AddSingleton<ReminderSwitchHandler>();
        builder.Services.TryAddSingleton<TableLease>();
        builder.Services.AddSingleton<ReminderLog>();
        builder.Services.AddSingleton<IProactiveMessenger, ProactiveMessenger>();
        builder.Services.AddSingleton(services => new ReminderScheduler(
            services.GetRequiredService<CaseStore>(),
            services.GetRequiredService<ConversationReferences>(),
            services.GetRequiredService<TableLease>(),
            services.GetRequiredService<ReminderLog>(),
            services.GetRequiredService<IProactiveMessenger>(),
            services.GetRequiredService<IOptions<ReminderOptions>>().Value.Read().Settings ?? new ReminderSettings(),
            services.GetRequiredService<TenantId>(),
            services.GetRequiredService<TimeProvider>(),
            $"{Environment.MachineName}/{Guid.NewGuid():N}")
        {
            Delivered = ReminderMetrics.Delivered,
        });
        builder.Services.AddHostedService<ReminderService>();
    }
}

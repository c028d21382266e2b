using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using WfTeams.Core.Insights;
using WfTeams.Core.Privacy;
using WfTeams.Core.Reminders;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Privacy;

/// <summary>
/// Retention and the personal data operations in the host: <c>Cases:RetentionDays</c> bound once, the daily
/// <see cref="RetentionService"/>, and the stores <c>users forget</c> asks — listed in
/// <see cref="PersonalDataStores"/> once, for the host and the command line alike.
/// </summary>
public static class PrivacySetup
{
    public static void AddPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration("Cases")
            .Validate(o => o.IsValid, $"Cases:RetentionDays must be between 1 and {RetentionOptions.MaxDays}.").ValidateOnStart();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton(services => new CaseDeletion(
            services.GetRequiredService<TableServiceClient>(), CaseDataStores(services.GetRequiredService<TableServiceClient>(), services.GetRequiredService<TimeProvider>())));
        builder.Services.AddSingleton<CaseRetention>();
        builder.Services.AddSingleton<TableLease>();
        builder.Services.AddSingleton<UserForgetting>(services => new UserForgetting(
            PersonalDataStores(services.GetRequiredService<TableServiceClient>()).Concat(services.GetServices<IPersonalDataStore>()), services.GetRequiredService<AuditLog>()));
        builder.Services.AddSingleton<RetentionService>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RetentionService>());
    }

    /// <summary>Every store of personal data keyed by Entra object id. A new store joins here (or registers as <see cref="IPersonalDataStore"/> in the host).</summary>
    public static IEnumerable<IPersonalDataStore> PersonalDataStores(TableServiceClient service) => [new CasePersonalData(service), new ConversationReferences(service)];

    /// <summary>Every store with rows about a case outside its partition; deleting a case asks each. A new store joins here.</summary>
    public static IEnumerable<ICaseDataStore> CaseDataStores(TableServiceClient service, TimeProvider time) =>
        [new DueSteps(service), new ReminderLog(service, time), new InsightStore(service)];

    /// <summary>Section <c>Cases</c> for the command line (check <see cref="RetentionOptions.IsValid"/>).</summary>
    public static RetentionOptions Retention(IConfiguration configuration)
    {
        var options = new RetentionOptions();
        configuration.GetSection("Cases").Bind(options);
        return options;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WfTeams.Bot.Activities;
using WfTeams.Bot.Conversations;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Hosting;

public static class ApplicationServices
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration("Storage");
        builder.Services.AddOptions<WfTeams.Bot.Documents.ProfileSettingsOptions>().BindConfiguration("Profile");
        builder.Services.AddSingleton<WfTeams.Bot.Documents.CorporateDesigns>();
        builder.Services.AddSingleton(services => new TemplateStore(
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value.CreateServiceClient()));
        builder.Services.AddSingleton(services => new ActivityLedger(
            services.GetRequiredService<IOptions<StorageOptions>>().Value.CreateServiceClient()));
        builder.Services.AddSingleton(services => new CaseStore(
            services.GetRequiredService<IOptions<StorageOptions>>().Value.CreateServiceClient()));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CaseRunner>();
        builder.Services.AddSingleton<CaseConversation>();
        builder.Services.AddOptions<WfTeams.Bot.Documents.ReportOptions>().BindConfiguration("Reports")
            .Validate(o => WfTeams.Bot.Documents.ReportOptions.ReadKey(o.SigningKey).Problem is null, "Reports:SigningKey must be base64 of at least 32 bytes.").ValidateOnStart();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<WfTeams.Bot.Documents.CaseReportLinks>();
        builder.Services.AddSingleton<ICaseReportLinks>(services => services.GetRequiredService<WfTeams.Bot.Documents.CaseReportLinks>());
        builder.Services.AddSingleton(Tenancy.ConfiguredTenant(builder.Configuration));
        builder.AddBotServices();
        WfTeams.Bot.Publishing.HandbookHosting.AddPublishing(builder);
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder =
            System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.AddProblemDetails();
    }

    private static void AddBotServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>().BindConfiguration("Bot");
        builder.Services.TryAddSingleton(services => ConnectorToken.CreateCredential(services.GetRequiredService<IOptions<BotOptions>>().Value));
        builder.Services.AddSingleton<ConnectorToken>();
        builder.Services.AddSingleton<ServiceUrlPolicy>();
        builder.Services.AddSingleton<BotAuthenticator>();
        builder.Services.AddHttpClient(nameof(BotAuthenticator));
        builder.Services.AddHttpClient<ConnectorClient>().AddResilienceHandler("connector", ConnectorClient.ConfigureResilience);
        builder.Services.AddSingleton<OutboundQueue>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboundQueue>());
        builder.Services.AddSingleton<ConversationMembers>();
        builder.Services.AddSingleton<ActivityRouter>();
    }
}

using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WfTeams.Bot.Api;
using WfTeams.Bot.BotFramework;
using WfTeams.Bot.Conversations;
using WfTeams.Bot.Documents;
using WfTeams.Bot.Insights;
using WfTeams.Bot.Modelling;
using WfTeams.Bot.Pages;
using WfTeams.Bot.Privacy;
using WfTeams.Bot.Publishing;
using WfTeams.Bot.Reminders;
using WfTeams.Bot.Telemetry;
using WfTeams.Bot.Templates;
using WfTeams.Core.Chat;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Hosting;

/// <summary>Everything the host is made of, registered once; each configuration section bound once.</summary>
public static class ApplicationServices
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddStorage();
        builder.AddDocuments();
        builder.AddBotFramework();
        builder.AddConversations();
        builder.AddApiAuthentication();
        builder.AddApiDescription();
        builder.AddPublishing();
        builder.AddTelemetry();
        builder.AddReminders();
        builder.AddPrivacy();
        builder.AddInsights();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder =
            System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.AddProblemDetails();
    }

    /// <summary>One <see cref="TableServiceClient"/> for every store; the tenant from <c>Bot:TenantId</c>.</summary>
    private static void AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration("Storage");
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<StorageOptions>>().Value.CreateServiceClient());
        builder.Services.AddSingleton(services => Tenancy.Of(services.GetRequiredService<IOptions<BotOptions>>().Value));
        builder.Services.AddSingleton<TemplateStore>();
        builder.Services.AddSingleton<CaseStore>();
        builder.Services.AddSingleton<ActivityLedger>();
        builder.Services.AddSingleton<WordImport>();
    }

    private static void AddDocuments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorporateDesignOptions>().BindConfiguration("Profile");
        builder.Services.AddOptions<LegalOptions>().BindConfiguration("Legal");
        builder.Services.AddSingleton<CorporateDesignCache>();
        builder.Services.AddSingleton<DocumentWarmup>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DocumentWarmup>());
        builder.Services.AddSingleton<DocumentCache>();
        builder.Services.AddSingleton(services => new TemplateHeadCache(
            services.GetRequiredService<TemplateStore>(),
            services.GetRequiredService<TimeProvider>(),
            TimeSpan.FromSeconds(Math.Max(0, services.GetRequiredService<IOptions<CorporateDesignOptions>>().Value.HeadCacheSeconds))));
        builder.Services.AddSingleton<ProfileFigures>();
        builder.Services.AddOptions<ReportOptions>().BindConfiguration("Reports")
            .Validate(o => ReportOptions.ReadKey(o.SigningKey).Problem is null, "Reports:SigningKey must be base64 of at least 32 bytes.").ValidateOnStart();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<CaseReportLinks>();
        builder.Services.AddSingleton<ICaseReportLinks>(services => services.GetRequiredService<CaseReportLinks>());
        builder.Services.AddSingleton<IProcessDiagrams, ProcessDiagramLinks>();
    }

    /// <summary>The Bot Framework protocol: authentication, the connector, the outbound queue.</summary>
    private static void AddBotFramework(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>().BindConfiguration("Bot");
        builder.Services.TryAddSingleton(services => ConnectorToken.CreateCredential(services.GetRequiredService<IOptions<BotOptions>>().Value));
        builder.Services.AddSingleton<ConnectorToken>();
        builder.Services.AddSingleton<ServiceUrlPolicy>();
        builder.Services.AddSingleton<BotAuthenticator>();
        builder.Services.AddHttpClient(nameof(BotAuthenticator));
        builder.Services.AddHttpClient<ConnectorClient>().AddMicrosoftServiceResilience();
        builder.Services.AddOptions<OutboundOptions>().BindConfiguration("Bot:Outbound");
        builder.Services.AddSingleton<TeamsRateLimiter>();
        builder.Services.AddSingleton<OutboundQueue>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboundQueue>());
    }

    /// <summary>What the bot does with an activity: route it to the case conversation.</summary>
    private static void AddConversations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CaseRunner>();
        builder.Services.AddOptions<RolesOptions>().BindConfiguration("Roles");
        builder.Services.AddSingleton<IChatRoles, ChatRoles>();
        builder.Services.AddSingleton<IHandbook, PublisherHandbook>();
        builder.Services.AddSingleton<CaseConversation>();
        builder.Services.AddSingleton<ConversationMembers>();
        builder.Services.AddSingleton<IActivityHandler, ActivityRouter>();
        builder.AddCapture();
    }
}

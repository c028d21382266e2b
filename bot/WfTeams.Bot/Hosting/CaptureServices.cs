using Microsoft.Extensions.Options;
using WfTeams.Bot.Conversations;
using WfTeams.Bot.Documents;
using WfTeams.Bot.Publishing;
using WfTeams.Core.Capture;
using WfTeams.Core.Chat;

namespace WfTeams.Bot.Hosting;

/// <summary>Capture in chat: the draft store, <c>Capture:FourEyes</c>, publishing on release from <c>Publishing:OnRelease</c>, reviewers told of submitted drafts.</summary>
public static class CaptureServices
{
    public static void AddCapture(this IHostApplicationBuilder builder)
    {
        var publishOnRelease = PublishingSetup.Publishing(builder.Configuration).OnRelease;
        builder.Services.AddOptions<CaptureOptions>().BindConfiguration("Capture").Configure(o => o.PublishOnRelease = publishOnRelease);
        builder.Services.AddSingleton<DraftStore>();
        builder.Services.AddSingleton<IReviewRoles>(services => (ChatRoles)services.GetRequiredService<IChatRoles>());
        builder.Services.AddSingleton<IReviewerNotifier>(services => ActivatorUtilities.CreateInstance<ReviewerNotifier>(services, (ChatRoles)services.GetRequiredService<IChatRoles>()));
        builder.Services.AddSingleton<DraftProfileLinks>();
        builder.Services.AddSingleton<IDraftProfileLinks>(services => services.GetRequiredService<DraftProfileLinks>());
        builder.Services.AddSingleton(services => new CaptureConversation(
            services.GetRequiredService<DraftStore>(),
            services.GetRequiredService<Core.Storage.TemplateStore>(),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<IOptions<CaptureOptions>>().Value,
            services.GetRequiredService<IReviewRoles>(),
            services.GetRequiredService<IHandbook>(),
            services.GetRequiredService<IDraftProfileLinks>(),
            services.GetRequiredService<IReviewerNotifier>()));
    }
}

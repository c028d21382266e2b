using WfTeams.Bot.Activities;
using WfTeams.Bot.Documents;
using WfTeams.Bot.Templates;

namespace WfTeams.Bot.Hosting;

/// <summary>The one host: the bot endpoint, the REST API for the add-in, the profile documents.</summary>
public static class WebHost
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        // appsettings.json sits beside the binary, wherever the host is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddApplicationServices();

        var app = builder.Build();
        app.MapHealthApi();
        app.MapTemplatesApi();
        app.MapMessagesApi();
        app.MapProfileApi();
        app.MapCaseReportApi();
        WfTeams.Bot.Publishing.HandbookHosting.MapHandbook(app);
        await app.RunAsync(cancellationToken);
        return 0;
    }
}

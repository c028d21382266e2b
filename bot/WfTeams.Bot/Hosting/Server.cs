using WfTeams.Bot.Addin;
using WfTeams.Bot.Api;
using WfTeams.Bot.BotFramework;
using WfTeams.Bot.Pages;
using WfTeams.Bot.Publishing;

namespace WfTeams.Bot.Hosting;

/// <summary>The one host (<c>serve</c>): the bot endpoint, the HTTP API, the health check.</summary>
public static class Server
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        // appsettings.json sits beside the binary, wherever the host is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddApplicationServices();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthApi();
        app.MapMessagesApi();
        app.MapApi();
        app.MapOpenApi(ApiDescription.Path);
        app.MapAddin();
        app.MapHandbook();
        app.MapLegalPages();
        await app.RunAsync(cancellationToken);
        return 0;
    }
}

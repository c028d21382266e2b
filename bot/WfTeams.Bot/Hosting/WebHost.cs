using WfTeams.Bot.Templates;

namespace WfTeams.Bot.Hosting;

/// <summary>The one host: the REST API for the add-in and, from later issues, the bot endpoint.</summary>
public static class WebHost
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddApplicationServices();

        var app = builder.Build();
        app.MapHealthApi();
        app.MapTemplatesApi();
        await app.RunAsync(cancellationToken);
        return 0;
    }
}

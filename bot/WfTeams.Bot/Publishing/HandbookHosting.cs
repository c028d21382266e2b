using System.Net;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using WfTeams.Bot.BotFramework;
using WfTeams.Bot.Documents;
using WfTeams.Core.Publishing;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Publishing;

/// <summary>
/// The publisher as a service (for the publish route and the chat command), and in development mode
/// (no app id, <c>Bot:AllowUnauthenticated</c>, no SharePoint) the local handbook folder served read-only
/// under <c>/handbook/</c> to this machine only. In production the handbook is SharePoint.
/// </summary>
public static class HandbookHosting
{
    public const string Path = "/handbook";

    public static void AddPublishing(this IHostApplicationBuilder builder) =>
        builder.Services.AddSingleton(services => PublishingSetup.Create(
            builder.Configuration,
            services.GetRequiredService<TemplateStore>(),
            services.GetRequiredService<Azure.Data.Tables.TableServiceClient>(),
            services.GetRequiredService<IOptions<CorporateDesignOptions>>().Value,
            services.GetRequiredService<CorporateDesignCache>(),
            services.GetRequiredService<TimeProvider>()));

    public static void MapHandbook(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<BotOptions>>().Value.IsDevelopment || PublishingSetup.SharePoint(app.Configuration).IsConfigured)
        {
            return;
        }

        var folder = new HandbookFolder(PublishingSetup.Publishing(app.Configuration)).Root;
        Directory.CreateDirectory(folder);

        // Dot files (the half-written .tmp) stay hidden: the provider's default exclusions.
        var files = new PhysicalFileProvider(folder);
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Path), branch =>
        {
            branch.Use(async (context, next) =>
            {
                if (context.Connection.RemoteIpAddress is not { } caller || !IPAddress.IsLoopback(caller))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
                {
                    context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                    context.Response.Headers.Allow = "GET, HEAD";
                    return;
                }

                await next(context);
            });
            branch.UseDefaultFiles(new DefaultFilesOptions { RequestPath = Path, FileProvider = files });
            branch.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = Path,
                FileProvider = files,
                OnPrepareResponse = prepared =>
                {
                    prepared.Context.Response.Headers.CacheControl = "no-cache";
                    prepared.Context.Response.Headers.XContentTypeOptions = "nosniff";
                },
            });
        });
    }
}

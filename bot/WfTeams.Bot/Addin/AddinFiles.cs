using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using WfTeams.Bot.Api;
using WfTeams.Bot.BotFramework;

namespace WfTeams.Bot.Addin;

/// <summary>
/// The Word task pane under <c>/addin/</c>: the files built by <c>npm run build:addin</c> (addin/dist,
/// copied beside the binary as <c>addin/</c>) and <c>/addin/config.json</c>, what the pane needs to
/// know about sign-in. Opened in a browser tab, the same pane lists, downloads and uploads.
/// </summary>
public static class AddinFiles
{
    /// <summary>
    /// Office.js and its parts come from Microsoft (Office requires that); sign-in talks to Microsoft
    /// Entra. Everything else is this host's own. No frame-ancestors: Office frames the pane from its
    /// own domains (Word on the web, the desktop hosts).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self' https://appsforoffice.microsoft.com; " +
        "style-src 'self' 'unsafe-inline' https://appsforoffice.microsoft.com; " +
        "img-src 'self' data: blob: https://appsforoffice.microsoft.com; " + // blob: the diagram, fetched with the token
        "font-src 'self' data:; " +
        "connect-src 'self' https://login.microsoftonline.com https://appsforoffice.microsoft.com; " +
        "frame-src https://login.microsoftonline.com https://appsforoffice.microsoft.com; " +
        "object-src 'none'; base-uri 'self'; form-action 'self' https://login.microsoftonline.com";

    /// <summary>The built pane shipped beside the binary.</summary>
    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "addin");

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapAddin(this IEndpointRouteBuilder app, string? root = null)
    {
        root ??= DefaultRoot;
        // Dot files (the build's .meta.json) and anything outside the folder are never served.
        var files = Directory.Exists(root) ? new PhysicalFileProvider(root) : null;

        app.MapGet("/addin/config.json", (HttpContext context, IOptions<ApiOptions> api, IOptions<BotOptions> bot) =>
        {
            Protect(context.Response, cacheable: false);
            return TypedResults.Json(AddinConfig.From(api.Value, bot.Value));
        });
        app.MapGet("/addin/{**path}", (HttpContext context, string? path) =>
        {
            if (string.IsNullOrEmpty(path) && context.Request.Path.Value?.EndsWith('/') != true)
            {
                return Results.Redirect("/addin/"); // relative links in the page need the slash
            }

            var name = string.IsNullOrEmpty(path) ? "index.html" : path;
            var file = files?.GetFileInfo(name);
            if (file is null || !file.Exists || file.IsDirectory || file.PhysicalPath is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                    detail: files is null ? $"The task pane is not built: run `npm run build:addin` ({root} is missing)" : $"/addin/{name}");
            }

            // Chunks carry a content hash in their name: cached for good. Entry files keep their
            // names across builds: revalidated (ETag) on every load, so an update shows at once.
            Protect(context.Response, cacheable: name.StartsWith("chunks/", StringComparison.Ordinal) || name.StartsWith("assets/", StringComparison.Ordinal));
            var contentType = ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";
            var lastModified = file.LastModified;
            var tag = new EntityTagHeaderValue($"\"{lastModified.UtcTicks:x}-{file.Length:x}\"");
            return Results.File(file.PhysicalPath, contentType, lastModified: lastModified, entityTag: tag, enableRangeProcessing: false);
        });
        return app;
    }

    private static void Protect(HttpResponse response, bool cacheable)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = cacheable ? "public, max-age=31536000, immutable" : "no-cache";
    }
}

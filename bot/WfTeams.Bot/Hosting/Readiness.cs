using Microsoft.Extensions.Options;
using WfTeams.Bot.Api;
using WfTeams.Bot.BotFramework;
using WfTeams.Bot.Documents;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Hosting;

/// <summary>
/// GET /healthz/ready, App Service's health check: Table storage answers and the configuration is complete
/// for production. An instance that fails it gets no traffic, so a deployment missing a setting says so here
/// (by key name, never a value) instead of refusing every request.
/// </summary>
public static class Readiness
{
    public const string Path = "/healthz/ready";

    public static void MapReadiness(this IEndpointRouteBuilder app) => app.MapGet(Path, CheckAsync);

    /// <summary>The production settings that are not set; none in development mode (<c>./run.sh</c>).</summary>
    public static IReadOnlyList<string> MissingSettings(BotOptions bot, ApiOptions api, ReportOptions reports)
    {
        if (bot.IsDevelopment || api.IsDevelopment)
        {
            return [];
        }

        var missing = new List<string>();
        void Require(string key, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                missing.Add(key);
            }
        }

        Require("Bot:AppId", bot.AppId);
        Require("Bot:TenantId", bot.TenantId);
        Require("Api:ClientId", api.ClientId);
        Require("Reports:SigningKey", reports.SigningKey);
        return missing;
    }

    private static async Task<IResult> CheckAsync(
        TemplateStore store, TenantId tenant, IOptions<BotOptions> bot, IOptions<ApiOptions> api, IOptions<ReportOptions> reports, CancellationToken cancellationToken)
    {
        var missing = MissingSettings(bot.Value, api.Value, reports.Value);
        string? storageError = null;
        try
        {
            await store.ListAsync(tenant, cancellationToken);
        }
        catch (StorageUnavailableException ex)
        {
            storageError = ex.Message;
        }

        return missing.Count == 0 && storageError is null
            ? TypedResults.Ok(new { status = "ready", storage = store.Endpoint.ToString() })
            : TypedResults.Json(new { status = "not ready", storage = store.Endpoint.ToString(), storageError, missing }, statusCode: 503);
    }
}

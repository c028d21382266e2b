using Microsoft.AspNetCore.Http.HttpResults;
using WfTeams.Bot.Api;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Templates;

/// <summary>
/// GET /api/templates            the tenant's templates (head rows)
/// GET /api/templates/{id}       a template as JSON: the released version, else the latest; ?version=N for one version
/// </summary>
public static class TemplatesApi
{
    public static void MapTemplatesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/templates", ListAsync);
        api.MapGet("/templates/{id}", GetAsync);
    }

    public sealed record TemplateSummary(
        string Id, string Name, string? Owner, string? Category, int LatestVersion, int? ReleasedVersion, string Status, DateTimeOffset UpdatedAt);

    private static async Task<Ok<TemplateSummary[]>> ListAsync(TemplateStore store, TenantId tenant, CancellationToken cancellationToken)
    {
        var heads = await store.ListAsync(tenant, cancellationToken);
        return TypedResults.Ok(heads.Select(h => new TemplateSummary(
            h.Id, h.Name, h.Owner, h.Category, h.LatestVersion, h.ReleasedVersion,
            TemplateJson.JsonName(h.LatestStatus), h.UpdatedAt)).ToArray());
    }

    private static async Task<ContentHttpResult> GetAsync(string id, int? version, TemplateStore store, TenantId tenant, CancellationToken cancellationToken)
    {
        var template = await store.GetAsync(tenant, id, version, cancellationToken) ?? throw NotFoundException.Template(id, version);
        return TypedResults.Content(TemplateJson.Serialize(template), "application/json; charset=utf-8");
    }
}

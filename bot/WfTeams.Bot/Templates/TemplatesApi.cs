using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Templates;

/// <summary>
/// GET /api/templates            the tenant's templates (head rows)
/// GET /api/templates/{id}       a template as JSON: the released version, else the latest; ?version=N for one version
/// </summary>
public static class TemplatesApi
{
    public static void MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/templates").AddEndpointFilter(StorageUnavailableFilter);
        api.MapGet("/", ListAsync);
        api.MapGet("/{id}", GetAsync);
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

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(
        string id, int? version, TemplateStore store, TenantId tenant, HttpRequest request, CancellationToken cancellationToken)
    {
        var template = await store.GetAsync(tenant, id, version, cancellationToken);
        if (template is null)
        {
            var culture = Culture(request);
            var detail = version is null
                ? Messages.Format("TemplateNotFound", culture, id)
                : Messages.Format("TemplateVersionNotFound", culture, id, version);
            return TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Content(TemplateJson.Serialize(template), "application/json; charset=utf-8");
    }

    private static async ValueTask<object?> StorageUnavailableFilter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (StorageUnavailableException ex)
        {
            return TypedResults.Problem(ex.LocalizedMessage(Culture(context.HttpContext.Request)), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    internal static CultureInfo Culture(HttpRequest request) =>
        Messages.Culture(request.Query["lang"].FirstOrDefault()
            ?? request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value);
}

using Microsoft.AspNetCore.Http.HttpResults;
using WfTeams.Bot.Api;
using WfTeams.Core.Insights;
using WfTeams.Core.Resources;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Insights;

/// <summary>
/// GET /api/templates/{id}/cases.xlsx?from=YYYY-MM-DD&amp;to=YYYY-MM-DD[&amp;lang=en]   the cases workbook of the months from–to
/// (default: the last 12 months); editors only (role Process.Editor), and only they get subjects and names.
/// </summary>
public static class InsightsApi
{
    public static void MapInsightsApi(this RouteGroupBuilder api) =>
        api.MapGet("/templates/{id}/cases.xlsx", GetAsync).RequireAuthorization(ApiAuthentication.Editor);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        string id, DateOnly? from, DateOnly? to, TemplateStore store, InsightStore insights, Azure.Data.Tables.TableServiceClient tables, TenantId tenant,
        TimeProvider time, RequestLanguage language, CancellationToken cancellationToken)
    {
        var culture = language.Culture;
        var now = time.GetUtcNow();
        var period = from is null && to is null
            ? FigurePeriod.LastMonths(12, now)
            : FigurePeriod.Between(from ?? to!.Value, to ?? DateOnly.FromDateTime(now.UtcDateTime));
        if (period is null)
        {
            return TypedResults.Problem(Messages.Format("FiguresBadRange", culture, FigurePeriod.MaxMonths), statusCode: StatusCodes.Status400BadRequest);
        }

        var template = await store.GetAsync(tenant, id, null, cancellationToken) ?? throw NotFoundException.Template(id, null);
        var figures = await insights.FiguresAsync(tenant, template, period, now, cancellationToken: cancellationToken);
        var records = await new CaseArchive(tables).LoadAsync(tenant, template, period, withNames: true, cancellationToken);
        using var stream = new MemoryStream();
        CaseWorkbook.Write(stream, figures, records, withNames: true, culture);
        return TypedResults.File(stream.ToArray(), CaseWorkbook.ContentType, CaseWorkbook.FileName(figures));
    }
}

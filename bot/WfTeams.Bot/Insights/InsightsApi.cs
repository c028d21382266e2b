using WfTeams.Bot.Api;
using WfTeams.Bot.Documents;
using WfTeams.Bot.Telemetry;
using WfTeams.Core.Documents;
using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Insights;

/// <summary>
/// Reports from the cases, editors only (role Process.Editor), for the whole months from–to (YYYY-MM-DD; default the last 12):
///   GET /api/templates/{id}/cases.xlsx?from=&amp;to=[&amp;lang=en]    the cases workbook, with subjects and names (only editors get it)
///   GET /api/templates/{id}/quality.docx?from=&amp;to=[&amp;lang=en]  the quality report (Qualitätsbericht), aggregates only
/// A bad date, a period backwards or over 120 months, or more cases than a workbook holds → 400 naming it; unknown template → 404.
/// Both are made whole before the first byte goes out: the workbook in a temporary file that deletes itself, the report in memory.
/// </summary>
public static class InsightsApi
{
    public static void MapInsightsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/templates/{id}/cases.xlsx", CasesAsync).RequireAuthorization(ApiAuthentication.Editor);
        api.MapGet("/templates/{id}/quality.docx", QualityAsync).RequireAuthorization(ApiAuthentication.Editor);
        api.MapGet("/templates/{id}/figures.png", ChartAsync).AllowAnonymous(); // the signed link is the credential
    }

    /// <summary>
    /// GET /api/templates/{id}/figures.png?period=…&amp;expires=…&amp;sig=…[&amp;lang=en]   the figures card's chart (aggregates only),
    /// fetched by Teams without a token: the signature over id, period and expiry is the credential (403 when it is wrong or
    /// past); 404 unknown template.
    /// </summary>
    private static async Task<IResult> ChartAsync(
        string id, string? period, string? expires, string? sig, CaseReportLinks links, TemplateStore store, InsightStore insights, TenantId tenant,
        DocumentCache pictures, TimeProvider time, RequestLanguage language, HttpContext context, CancellationToken cancellationToken)
    {
        var culture = language.Culture;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        var now = time.GetUtcNow();
        if (period is null || !links.Verify(FiguresChartLinks.Signed(id, period), expires, sig) || FigurePeriod.Parse(period, now) is not { } months)
        {
            return TypedResults.Problem(Messages.Format("FiguresChartLinkInvalid", culture), statusCode: StatusCodes.Status403Forbidden);
        }

        var template = await TemplateAsync(store, tenant, id, cancellationToken);
        var figures = await insights.FiguresAsync(tenant, template, months, now, cancellationToken: cancellationToken);
        // The picture is the SVG's: keyed by it, a chart whose figures did not change is not rasterised again (27–89 ms).
        var svg = FigureChart.Svg(figures, culture);
        var etag = DocumentETag.Of("figures.png", tenant.Value, Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(svg)));
        context.Response.Headers.ETag = etag;
        if (DocumentETag.Matches(context.Request, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (!pictures.TryGet(tenant, etag, out var picture))
        {
            picture = new CachedDocument(SvgPng.Render(svg, scale: 2), template.Id + ".png");
            pictures.Set(tenant, etag, picture);
        }

        return TypedResults.File(picture.Bytes, SvgPng.ContentType);
    }

    private static async Task<IResult> CasesAsync(
        string id, string? from, string? to, TemplateStore store, InsightStore insights, Azure.Data.Tables.TableServiceClient tables, TenantId tenant,
        TimeProvider time, RequestLanguage language, CancellationToken cancellationToken)
    {
        var culture = language.Culture;
        var now = time.GetUtcNow();
        var (period, problem) = ReportPeriod.Read(from, to, now, culture);
        if (period is null)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        var template = await TemplateAsync(store, tenant, id, cancellationToken);
        var figures = await insights.FiguresAsync(tenant, template, period, now, cancellationToken: cancellationToken);
        var records = await new CaseArchive(tables).LoadAsync(tenant, template, period, withNames: true, cancellationToken);
        if (records.Count > CaseWorkbook.MaxCases)
        {
            return TypedResults.Problem(Messages.Format("XlsxTooManyCases", culture, CaseWorkbook.MaxCases), statusCode: StatusCodes.Status400BadRequest);
        }

        // The stream deletes its file when the answer has been sent (or the request was aborted).
        return TypedResults.Stream(CaseWorkbook.WriteTemporary(figures, records, withNames: true, culture), CaseWorkbook.ContentType, CaseWorkbook.FileName(figures));
    }

    private static async Task<IResult> QualityAsync(
        string id, string? from, string? to, TemplateStore store, InsightStore insights, TenantId tenant, CorporateDesignCache designs,
        TimeProvider time, RequestLanguage language, CancellationToken cancellationToken)
    {
        var culture = language.Culture;
        var now = time.GetUtcNow();
        var (period, problem) = ReportPeriod.Read(from, to, now, culture);
        if (period is null)
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        var (options, designProblem) = await designs.OptionsAsync(culture, cancellationToken);
        if (designProblem is not null)
        {
            return designProblem;
        }

        var template = await TemplateAsync(store, tenant, id, cancellationToken);
        var figures = await insights.FiguresAsync(tenant, template, period, now, cancellationToken: cancellationToken);
        var bytes = WfTeamsTelemetry.Document(DocumentKind.Quality, template.Id, () => QualityReportDocument.Create(figures, template, options));
        return TypedResults.File(bytes, ProfileDocument.ContentType, QualityReportDocument.FileName(figures, culture));
    }

    private static async Task<ProcessTemplate> TemplateAsync(TemplateStore store, TenantId tenant, string id, CancellationToken cancellationToken) =>
        await store.GetAsync(tenant, id, null, cancellationToken) ?? throw NotFoundException.Template(id, null);
}

using Microsoft.AspNetCore.Http.HttpResults;
using WfTeams.Bot.Api;
using WfTeams.Bot.Telemetry;
using WfTeams.Core.Documents;
using WfTeams.Core.Resources;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Documents;

/// <summary>
/// GET /api/cases/{caseId}/report.docx?expires=…&amp;sig=…[&amp;lang=en]   the case report (Fallbericht) as a Word document.
/// Opened from the link on the summary card, in a browser: the signature is the only credential
/// (see <see cref="CaseReportLinks"/>). Expired or wrong → 403; a genuine link to a case that is gone → 404.
/// </summary>
public static class CaseReportApi
{
    public static void MapCaseReportApi(this RouteGroupBuilder api) =>
        api.MapGet("/cases/{caseId}/report.docx", GetAsync).AllowAnonymous(); // the signed link is the credential

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        string caseId, string? expires, string? sig, CaseReportLinks links, CaseStore cases, TenantId tenant,
        CorporateDesignCache designs, RequestLanguage language, HttpContext context, CancellationToken cancellationToken)
    {
        var culture = language.Culture;

        // The link's address is a credential: no caching, and never passed on as a referrer.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        if (!links.Verify(caseId, expires, sig))
        {
            return TypedResults.Problem(Messages.Format("ReportLinkInvalid", culture), statusCode: StatusCodes.Status403Forbidden);
        }

        var loaded = (CaseStore.IsCaseId(caseId) ? await cases.LoadAsync(tenant, caseId, cancellationToken) : null)
            ?? throw new NotFoundException("CaseNotFound");

        var (options, problem) = await designs.OptionsAsync(culture, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var bytes = WfTeamsTelemetry.Document(DocumentKind.Report, loaded.State.TemplateId, () => CaseReportDocument.Create(loaded.State, loaded.Template, options));

        // As the profile: filename (ASCII) and filename* (RFC 5987, UTF-8), so umlauts survive.
        return TypedResults.File(bytes, ProfileDocument.ContentType, CaseReportDocument.FileName(loaded.State, culture));
    }
}

using System.Globalization;
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
/// The answer has a strong ETag over the case's version (304 on If-None-Match) and the document is kept in the
/// <see cref="DocumentCache"/>; the address stays uncached in browsers (no-store), being a credential.
/// </summary>
public static class CaseReportApi
{
    public static void MapCaseReportApi(this RouteGroupBuilder api) =>
        api.MapGet("/cases/{caseId}/report.docx", GetAsync).AllowAnonymous(); // the signed link is the credential

    private static async Task<IResult> GetAsync(
        string caseId, string? expires, string? sig, CaseReportLinks links, CaseStore cases, TenantId tenant,
        CorporateDesignCache designs, DocumentCache reports, RequestLanguage language, HttpContext context, CancellationToken cancellationToken)
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

        // Every change of a case raises its version; the template's status is in the footer.
        var etag = DocumentETag.Of("report", tenant.Value, caseId, loaded.State.Version.ToString(CultureInfo.InvariantCulture),
            loaded.Template.Version.ToString(CultureInfo.InvariantCulture), loaded.Template.Status.ToString(),
            options!.Culture.Name, options.Organisation, options.Design?.ContentHash);
        context.Response.Headers.ETag = etag;
        if (DocumentETag.Matches(context.Request, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (!reports.TryGet(tenant, etag, out var document))
        {
            var bytes = WfTeamsTelemetry.Document(DocumentKind.Report, loaded.State.TemplateId, () => CaseReportDocument.Create(loaded.State, loaded.Template, options));

            // As the profile: filename (ASCII) and filename* (RFC 5987, UTF-8), so umlauts survive.
            document = new CachedDocument(bytes, CaseReportDocument.FileName(loaded.State, culture));
            reports.Set(tenant, etag, document);
        }

        return TypedResults.File(document.Bytes, ProfileDocument.ContentType, document.FileName);
    }
}

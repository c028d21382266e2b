using Microsoft.AspNetCore.Http.HttpResults;
using WfTeams.Bot.Api;
using WfTeams.Bot.Telemetry;
using WfTeams.Core.Capture;
using WfTeams.Core.Documents;
using WfTeams.Core.Resources;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Documents;

/// <summary>
/// GET /api/drafts/{draftId}/profile.docx?expires=…&amp;sig=…[&amp;lang=en]   the Prozesssteckbrief of a draft captured in
/// chat, from the signed link on its preview and review cards (see <see cref="DraftProfileLinks"/>): 403 expired or
/// wrong, 404 no such draft or one that does not yet make a valid template.
/// </summary>
public static class DraftProfileApi
{
    public static void MapDraftProfileApi(this RouteGroupBuilder api) =>
        api.MapGet("/drafts/{draftId}/profile.docx", GetAsync).AllowAnonymous(); // the signed link is the credential

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        string draftId, string? expires, string? sig, CaseReportLinks links, DraftStore drafts, TenantId tenant,
        CorporateDesignCache designs, RequestLanguage language, HttpContext context, CancellationToken cancellationToken)
    {
        var culture = language.Culture;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        if (!links.Verify(DraftProfileLinks.Signed(draftId), expires, sig))
        {
            return TypedResults.Problem(Messages.Format("ReportLinkInvalid", culture), statusCode: StatusCodes.Status403Forbidden);
        }

        var draft = await drafts.GetAsync(tenant, draftId, cancellationToken);
        if (draft is null || CaptureInterview.Problems(draft).Count > 0)
        {
            throw new NotFoundException("CaptureDraftNotFound");
        }

        var (options, problem) = await designs.OptionsAsync(culture, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var template = CaptureInterview.Complete(draft.Template, draft);
        var bytes = WfTeamsTelemetry.Document(DocumentKind.Profile, template.Id, () => ProfileDocument.Create(template, options));
        return TypedResults.File(bytes, ProfileDocument.ContentType, ProfileDocument.FileName(template));
    }
}

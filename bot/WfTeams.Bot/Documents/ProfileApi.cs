using Microsoft.AspNetCore.Http.HttpResults;
using WfTeams.Bot.Api;
using WfTeams.Bot.Telemetry;
using WfTeams.Core.Documents;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Documents;

/// <summary>
/// GET /api/templates/{id}/profile.docx[?version=N][&amp;lang=en]   the Prozesssteckbrief as a Word document
/// </summary>
public static class ProfileApi
{
    public static void MapProfileApi(this RouteGroupBuilder api) =>
        api.MapGet("/templates/{id}/profile.docx", GetAsync);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        string id, int? version, TemplateStore store, TenantId tenant, CorporateDesignCache designs, RequestLanguage language, CancellationToken cancellationToken)
    {
        var template = await store.GetAsync(tenant, id, version, cancellationToken) ?? throw NotFoundException.Template(id, version);
        var (options, problem) = await designs.OptionsAsync(language.Culture, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var bytes = WfTeamsTelemetry.Document(DocumentKind.Profile, template.Id, () => ProfileDocument.Create(template, options));

        // The file name goes out as filename (ASCII) and filename* (RFC 5987, UTF-8), so umlauts survive.
        return TypedResults.File(bytes, ProfileDocument.ContentType, ProfileDocument.FileName(template));
    }
}

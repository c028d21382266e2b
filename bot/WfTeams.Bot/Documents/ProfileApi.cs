using Microsoft.AspNetCore.Http.HttpResults;
using WfTeams.Bot.Templates;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Documents;

/// <summary>
/// GET /api/templates/{id}/profile.docx[?version=N][&amp;lang=en]   the Prozesssteckbrief as a Word document
/// </summary>
public static class ProfileApi
{
    public static void MapProfileApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/templates/{id}/profile.docx", GetAsync);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        string id, int? version, TemplateStore store, TenantId tenant, CorporateDesigns designs, HttpRequest request, CancellationToken cancellationToken)
    {
        var culture = TemplatesApi.Culture(request);
        ProcessTemplate? template;
        try
        {
            template = await store.GetAsync(tenant, id, version, cancellationToken);
        }
        catch (StorageUnavailableException ex)
        {
            return TypedResults.Problem(ex.LocalizedMessage(culture), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (ArgumentException ex) when (ex.ParamName == "value")
        {
            return TypedResults.Problem(Messages.Format("TemplateNotFound", culture, id), statusCode: StatusCodes.Status404NotFound);
        }

        if (template is null)
        {
            var detail = version is null
                ? Messages.Format("TemplateNotFound", culture, id)
                : Messages.Format("TemplateVersionNotFound", culture, id, version);
            return TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound);
        }

        var (options, problem) = await designs.OptionsAsync(culture, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var bytes = ProfileDocument.Create(template, options);

        // The file name goes out as filename (ASCII) and filename* (RFC 5987, UTF-8), so umlauts survive.
        return TypedResults.File(bytes, ProfileDocument.ContentType, ProfileDocument.FileName(template));
    }
}

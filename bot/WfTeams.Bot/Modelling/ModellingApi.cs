using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using WfTeams.Bot.Api;
using WfTeams.Bot.Documents;
using WfTeams.Core.Documents;
using WfTeams.Core.Modelling;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Modelling;

/// <summary>
/// GET  /api/templates/{id}/process.bpmn[?version=N]   the template as BPMN 2.0 with its diagram
/// GET  /api/templates/{id}/diagram.svg[?version=N]    the process diagram as SVG
/// GET  /api/templates/{id}/diagram.png?version=N&amp;expires=…&amp;sig=…[&amp;lang=en]   the diagram as PNG, from the
///      signed link on the process card (<see cref="ProcessDiagramLinks"/>): 403 expired or wrong, 404 version gone
/// POST /api/templates/import[?process=ID]             a BPMN file becomes a template (editors only)
/// </summary>
public static class ModellingApi
{
    public static void MapModellingApi(this RouteGroupBuilder api)
    {
        api.MapGet("/templates/{id}/process.bpmn", BpmnAsync);
        api.MapGet("/templates/{id}/diagram.svg", SvgAsync);
        api.MapGet("/templates/{id}/diagram.png", PngAsync).AllowAnonymous(); // the signed link is the credential
        api.MapPost("/templates/import", ImportAsync)
            .RequireAuthorization(ApiAuthentication.Editor)
            .Accepts<byte[]>(BpmnNames.ContentType)
            .Produces<BpmnImportAnswer>(StatusCodes.Status201Created)
            .Produces<BpmnImportAnswer>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>The answer (contract): the stored version and every element approximated or left out.</summary>
    public sealed record BpmnImportAnswer(string Id, int Version, string Status, bool Created, IReadOnlyList<NoticeAnswer> Notices);

    public sealed record NoticeAnswer(string Element, string? Name, string Message);

    private static async Task<FileContentHttpResult> BpmnAsync(string id, int? version, TemplateStore store, TenantId tenant, RequestLanguage language, CancellationToken cancellationToken)
    {
        var template = await store.GetAsync(tenant, id, version, cancellationToken) ?? throw NotFoundException.Template(id, version);
        return TypedResults.File(BpmnExport.Write(template, language.Culture), BpmnNames.ContentType, template.Id + ".bpmn");
    }

    private static async Task<FileContentHttpResult> SvgAsync(string id, int? version, HttpContext context, TemplateStore store, TenantId tenant, RequestLanguage language, CancellationToken cancellationToken)
    {
        var template = await store.GetAsync(tenant, id, version, cancellationToken) ?? throw NotFoundException.Template(id, version);
        // Shown as a picture: nothing in it may run or load.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(DiagramSvg.Write(template, language.Culture), DiagramSvg.ContentType);
    }

    private static async Task<IResult> PngAsync(
        string id, int? version, string? expires, string? sig, CaseReportLinks links, TemplateStore store, TenantId tenant,
        DocumentCache pictures, RequestLanguage language, HttpContext context, CancellationToken cancellationToken)
    {
        // The link's address is a credential: no caching, and never passed on as a referrer.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        if (version is not { } asked || !links.Verify(ProcessDiagramLinks.Signed(id, asked), expires, sig))
        {
            return TypedResults.Problem(language.Text("DiagramLinkInvalid"), statusCode: StatusCodes.Status403Forbidden);
        }

        var template = await store.GetAsync(tenant, id, asked, cancellationToken) ?? throw NotFoundException.Template(id, asked);

        // A stored version never changes: the picture depends on it, the language (start and end) and the code.
        var etag = DocumentETag.Of("diagram.png", tenant.Value, id, asked.ToString(CultureInfo.InvariantCulture), language.Culture.Name);
        context.Response.Headers.ETag = etag;
        if (DocumentETag.Matches(context.Request, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (!pictures.TryGet(tenant, etag, out var picture))
        {
            // Twice the size: sharp on the high-density screens Teams mostly runs on.
            picture = new CachedDocument(SvgPng.Render(DiagramSvg.Write(template, language.Culture), scale: 2), template.Id + ".png");
            pictures.Set(tenant, etag, picture);
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(picture.Bytes, SvgPng.ContentType);
    }

    private static async Task<Results<Created<BpmnImportAnswer>, Ok<BpmnImportAnswer>, ProblemHttpResult>> ImportAsync(
        string? process, HttpRequest request, TemplateStore store, TenantId tenant, RequestLanguage language, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await ReadLimitedAsync(request.Body, BpmnImport.MaxBytes, cancellationToken);
            if (bytes is null)
            {
                throw new InvalidTemplateException("request body", [new TemplateError("xml", "FileTooLarge", request.ContentLength ?? BpmnImport.MaxBytes + 1L, BpmnImport.MaxBytes)]);
            }

            var imported = await BpmnTemplateImport.ImportAsync(store, tenant, bytes, "request body", process, cancellationToken);
            var template = imported.Template;
            var answer = new BpmnImportAnswer(
                template.Id, template.Version, TemplateJson.JsonName(template.Status), imported.Outcome != ImportOutcome.Unchanged,
                [.. imported.Notices.Select(n => new NoticeAnswer(n.ElementId, n.ElementName, n.Message(language.Culture)))]);
            return answer.Created
                ? TypedResults.Created($"/api/templates/{Uri.EscapeDataString(template.Id)}?version={template.Version}", answer)
                : TypedResults.Ok(answer);
        }
        catch (InvalidTemplateException ex)
        {
            return TypedResults.Problem(
                string.Join("\n", ex.Errors.Select(e => $"{e.Path}: {e.Message(language.Culture)}")),
                statusCode: StatusCodes.Status400BadRequest,
                title: language.Text("BpmnRefused"),
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = ex.Errors.Select(e => new { path = e.Path, message = e.Message(language.Culture) }).ToArray(),
                });
        }
        catch (TemplateConflictException ex)
        {
            return TypedResults.Problem(ex.LocalizedMessage(language.Culture), statusCode: StatusCodes.Status409Conflict);
        }
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (read no further than that).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

using System.Globalization;
using WfTeams.Bot.Api;
using WfTeams.Bot.Telemetry;
using WfTeams.Core.Documents;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Documents;

/// <summary>
/// GET /api/templates/{id}/profile.docx[?version=N][&amp;lang=en]   the Prozesssteckbrief as a Word document.
/// A stored version's content never changes, but its status does (a release archives the one before, and the
/// status is in the footer and the properties); every such change rewrites the template's head row. So the
/// strong ETag (<see cref="DocumentETag"/>) covers the head row's ETag and the stamp of the KPIs' figures
/// (<see cref="ProfileFigures"/>, kept a minute), and a repeated request needs that one row (from
/// <see cref="TemplateHeadCache"/> while it is fresh) and nothing else: 304 on a matching If-None-Match,
/// else the document from the <see cref="DocumentCache"/>.
/// </summary>
public static class ProfileApi
{
    /// <summary>How long a browser may use its copy unasked: a named version for an hour, the current one (which a release changes) for a minute.</summary>
    public const int NamedVersionMaxAge = 3_600;

    public const int CurrentVersionMaxAge = 60;

    public static void MapProfileApi(this RouteGroupBuilder api) =>
        api.MapGet("/templates/{id}/profile.docx", GetAsync);

    private static async Task<IResult> GetAsync(
        string id, int? version, TemplateStore store, TemplateHeadCache heads, TenantId tenant, CorporateDesignCache designs, DocumentCache cache, ProfileFigures figures,
        RequestLanguage language, HttpContext context, CancellationToken cancellationToken)
    {
        var (options, problem) = await designs.OptionsAsync(language.Culture, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var named = version is not null;
        // The figures beside the head row, not after it (and usually from memory): the first profile waits for the slower of the two.
        var actualsRead = figures.GetAsync(tenant, id, cancellationToken);
        var headRead = heads.GetAsync(tenant, id, cancellationToken);
        await Task.WhenAll(actualsRead, headRead);
        var head = await headRead ?? throw NotFoundException.Template(id, version);
        var actuals = await actualsRead;
        var resolved = version ?? head.CurrentVersion;
        var etag = DocumentETag.Of("profile", tenant.Value, id, resolved.ToString(CultureInfo.InvariantCulture), head.ETag.ToString(),
            options!.Culture.Name, options.Organisation, options.Design?.ContentHash, options.Diagram ? "diagram" : null, actuals?.Stamp);

        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = $"private, max-age={(named ? NamedVersionMaxAge : CurrentVersionMaxAge)}";
        headers.Vary = "Accept-Language";
        if (DocumentETag.Matches(context.Request, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (!cache.TryGet(tenant, etag, out var document))
        {
            var template = await store.GetAsync(tenant, id, resolved, cancellationToken) ?? throw NotFoundException.Template(id, version);
            var bytes = WfTeamsTelemetry.Document(DocumentKind.Profile, template.Id, () => ProfileDocument.Create(template, options, actuals?.For(template)));
            document = new CachedDocument(bytes, ProfileDocument.FileName(template));
            cache.Set(tenant, etag, document);
        }

        // The file name goes out as filename (ASCII) and filename* (RFC 5987, UTF-8), so umlauts survive.
        return TypedResults.File(document.Bytes, ProfileDocument.ContentType, document.FileName);
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WfTeams.Bot.Api;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Templates;

/// <summary>
/// POST /api/templates/{id}/profile.docx[?base=latest]   an edited Prozesssteckbrief (the .docx as the body) becomes a new draft version.
/// 201 the new version with the changes; 200 nothing changed; 400 not a profile (of this template);
/// 409 made of an older version (or a concurrent save); 422 edits that break template rules. Editors only.
/// </summary>
public static class WordImportApi
{
    public static void MapWordImportApi(this RouteGroupBuilder api) =>
        api.MapPost("/templates/{id}/profile.docx", PostAsync)
            .RequireAuthorization(ApiAuthentication.Editor)
            .Accepts<byte[]>(ProfileDocument.ContentType)
            .Produces<WordImportAnswer>(StatusCodes.Status201Created)
            .Produces<WordImportAnswer>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>The answer (contract): what was stored and what changed, field by field.</summary>
    public sealed record WordImportAnswer(
        string Id, int Version, int BasedOn, bool Created, IReadOnlyList<ChangeAnswer> Changes, IReadOnlyList<ProfileNotice> Notices);

    public sealed record ChangeAnswer(string Path, string Kind, string? Old, string? New);

    private static async Task<Results<Created<WordImportAnswer>, Ok<WordImportAnswer>, ProblemHttpResult>> PostAsync(
        string id, string? @base, HttpRequest request, ClaimsPrincipal user, WordImport import, TenantId tenant, RequestLanguage language, CancellationToken cancellationToken)
    {
        try
        {
            var document = await ProfileUpload.OpenAsync(request.Body, cancellationToken);
            WordImport.Identify(document, id);
            var onLatest = string.Equals(@base, "latest", StringComparison.OrdinalIgnoreCase);
            WordImportResult result;
            try
            {
                result = await import.ImportAsync(tenant, document, id, user.DisplayName(), onLatest, language.Culture, cancellationToken);
            }
            catch (InvalidTemplateException ex)
            {
                return Problem(language, StatusCodes.Status422UnprocessableEntity, ex.Errors);
            }

            var answer = new WordImportAnswer(
                result.Id, result.Version, result.BasedOn, result.Created,
                [.. result.Changes.Select(c => new ChangeAnswer(c.Path, c.Kind.ToString().ToLowerInvariant(), c.Old, c.New))],
                result.Notices);
            return result.Created
                ? TypedResults.Created($"/api/templates/{Uri.EscapeDataString(result.Id)}?version={result.Version}", answer)
                : TypedResults.Ok(answer);
        }
        catch (InvalidTemplateException ex)
        {
            return Problem(language, StatusCodes.Status400BadRequest, ex.Errors);
        }
        catch (WordImportConflict ex)
        {
            return TypedResults.Problem(
                language.Text("DocxOlderThanLatest", ex.TemplateId, ex.DocumentVersion, ex.LatestVersion),
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["documentVersion"] = ex.DocumentVersion, ["latestVersion"] = ex.LatestVersion });
        }
        catch (TemplateConflictException ex)
        {
            return TypedResults.Problem(ex.LocalizedMessage(language.Culture), statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static ProblemHttpResult Problem(RequestLanguage language, int status, IReadOnlyList<TemplateError> errors) =>
        TypedResults.Problem(
            string.Join("\n", errors.Select(e => e.Message(language.Culture))),
            statusCode: status,
            title: language.Text(status == StatusCodes.Status400BadRequest ? "DocxRefused" : "DocxRulesBroken"),
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.Select(e => new { path = e.Path, message = e.Message(language.Culture) }).ToArray(),
            });
}

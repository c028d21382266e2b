using Microsoft.AspNetCore.Http.HttpResults;
using WfTeams.Bot.Api;
using WfTeams.Core.Publishing;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Publishing;

/// <summary>
/// POST /api/templates/{id}/publish[?version=N]   publishes a released version's Prozesssteckbrief to the handbook
/// (SharePoint, else the local folder). 200 the published result (again: the same, <c>alreadyPublished</c>);
/// 404 no such template or version; 409 not released; 500 a handbook setting; 503 SharePoint unreachable. Editors only.
/// </summary>
public static class PublishApi
{
    public static void MapPublishApi(this RouteGroupBuilder api) =>
        api.MapPost("/templates/{id}/publish", PublishAsync)
            .RequireAuthorization(ApiAuthentication.Editor)
            .Produces<PublishResult>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Ok<PublishResult>, ProblemHttpResult>> PublishAsync(
        string id, int? version, HandbookPublisher publisher, TenantId tenant, RequestLanguage language, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await publisher.PublishAsync(tenant, id, version, cancellationToken));
        }
        catch (PublishingException ex)
        {
            var status = ex.Problem switch
            {
                PublishProblem.NotFound => StatusCodes.Status404NotFound,
                PublishProblem.NotReleased => StatusCodes.Status409Conflict,
                PublishProblem.Unavailable => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            };
            return TypedResults.Problem(ex.LocalizedMessage(language.Culture), statusCode: status);
        }
    }
}

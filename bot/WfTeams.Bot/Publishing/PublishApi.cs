using Microsoft.AspNetCore.Http.HttpResults;
using WfTeams.Bot.Api;
using WfTeams.Bot.Telemetry;
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
        using var span = WfTeamsTelemetry.PublishStarted(id);
        var outcome = "failed";
        try
        {
            var result = await publisher.PublishAsync(tenant, id, version, cancellationToken);
            outcome = result.AlreadyPublished ? "already_published" : "published";
            return TypedResults.Ok(result);
        }
        catch (PublishingException ex)
        {
            outcome = ex.Problem switch
            {
                PublishProblem.NotFound => "not_found",
                PublishProblem.NotReleased => "not_released",
                PublishProblem.Unavailable => "unavailable",
                _ => "failed",
            };
            var status = ex.Problem switch
            {
                PublishProblem.NotFound => StatusCodes.Status404NotFound,
                PublishProblem.NotReleased => StatusCodes.Status409Conflict,
                PublishProblem.Unavailable => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            };
            return TypedResults.Problem(ex.LocalizedMessage(language.Culture), statusCode: status);
        }
        finally
        {
            WfTeamsTelemetry.PublishEnded(span, outcome);
        }
    }
}

using WfTeams.Core.Storage;

namespace WfTeams.Bot.Api;

/// <summary>
/// The answers every <c>/api</c> route shares, in one place: storage unreachable → 503, not found → 404,
/// both problem+json in the request's language.
/// </summary>
public static class ApiErrors
{
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (StorageUnavailableException ex)
        {
            return TypedResults.Problem(ex.LocalizedMessage(RequestLanguage.Of(context.HttpContext).Culture), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (NotFoundException ex)
        {
            return TypedResults.Problem(RequestLanguage.Of(context.HttpContext).Text(ex.MessageKey, [.. ex.Arguments]), statusCode: StatusCodes.Status404NotFound);
        }
    }
}

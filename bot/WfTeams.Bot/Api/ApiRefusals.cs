using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace WfTeams.Bot.Api;

/// <summary>
/// A refused API call answered in words, as problem+json in the caller's language: 401 with
/// <c>WWW-Authenticate: Bearer</c> without a valid token, 403 naming what the caller lacks.
/// </summary>
public sealed class ApiRefusals : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var missing = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<ApiRequirement>().FirstOrDefault();
            await WriteAsync(context, StatusCodes.Status403Forbidden, missing?.MessageKey ?? "ApiForbidden");
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    public static async Task ChallengeAsync(JwtBearerChallengeContext challenge)
    {
        challenge.HandleResponse();
        var header = challenge.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        challenge.Response.Headers.WWWAuthenticate = header;
        await WriteAsync(challenge.HttpContext, StatusCodes.Status401Unauthorized, challenge.AuthenticateFailure is null ? "ApiSignInRequired" : "ApiTokenInvalid");
    }

    private static Task WriteAsync(HttpContext context, int status, string messageKey) =>
        TypedResults.Problem(RequestLanguage.Of(context).Text(messageKey), statusCode: status).ExecuteAsync(context);
}

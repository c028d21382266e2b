using System.Text.Json;
using Microsoft.Extensions.Options;

namespace WfTeams.Bot.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: the bot endpoint. Authenticate, read the activity, check it belongs to
/// the token and to our tenant, route it. Nothing is read or done for a refused request.
/// </summary>
public static partial class MessagesApi
{
    /// <summary>Teams' activities are far smaller; anything bigger is not from a channel.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    public static void MapMessagesApi(this IEndpointRouteBuilder app)
    {
        // The Agents Playground probes the endpoint with HEAD before it connects.
        app.MapMethods("/api/messages", [HttpMethods.Head], () => Results.Ok()).ExcludeFromDescription();
        app.MapPost("/api/messages", HandleAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, BotAuthenticator authenticator, IActivityHandler handler, IOptions<BotOptions> options,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(MessagesApi));
        var token = await authenticator.CheckTokenAsync(http.Request.Headers.Authorization.FirstOrDefault(), http.Connection.RemoteIpAddress, cancellationToken);
        if (!token.Passed)
        {
            return Results.StatusCode(token.Status);
        }

        if (http.Request.ContentLength > MaxActivityBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            var body = await ReadLimitedAsync(http.Request.Body, cancellationToken);
            if (body is null)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
        }
        catch (JsonException exception)
        {
            LogUnreadable(logger, exception.Message);
            return Results.BadRequest();
        }

        if (activity is not { Type.Length: > 0, ServiceUrl.Length: > 0, ChannelId.Length: > 0, Conversation.Id.Length: > 0 })
        {
            LogUnreadable(logger, "type, serviceUrl, channelId or conversation.id missing");
            return Results.BadRequest();
        }

        token = authenticator.CheckActivity(token, activity);
        if (!token.Passed)
        {
            return Results.StatusCode(token.Status);
        }

        // Single-tenant: an activity from another Microsoft 365 tenant is not ours to answer.
        if (!token.IsDevelopment && options.Value.TenantId is { Length: > 0 } tenantId && !string.Equals(activity.TenantId, tenantId, StringComparison.OrdinalIgnoreCase))
        {
            LogForeignTenant(logger, activity.TenantId);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var result = await handler.HandleAsync(activity, cancellationToken);
        return result.Body is null ? Results.StatusCode(result.Status) : Results.Json(result.Body, statusCode: result.Status);
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxActivityBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unreadable activity refused: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity from tenant {Tenant} refused: the bot serves Bot:TenantId only")]
    private static partial void LogForeignTenant(ILogger logger, string? tenant);
}

using WfTeams.Bot.Api;
using WfTeams.Bot.BotFramework;

namespace WfTeams.Bot.Addin;

/// <summary>
/// GET /addin/config.json: how the pane signs in. <see cref="SignIn"/> is false in development mode
/// (<c>Api:AllowUnauthenticated=true</c> without <c>Api:ClientId</c>): then the pane sends no token. The scope is the API's
/// <c>access_as_user</c> under <c>Api:Audience</c> (its app id URI), else <c>api://{Bot:HostName}/{Api:ClientId}</c>
/// as the Word manifest's WebApplicationInfo says (<c>api://{Api:ClientId}</c> without a host name).
/// </summary>
public sealed record AddinConfig(string? ClientId, string? Scope, string? TenantId, bool SignIn)
{
    public const string ScopeName = ApiOptions.Scope;

    public static AddinConfig From(ApiOptions api, BotOptions bot)
    {
        var clientId = Value(api.ClientId);
        var host = Value(bot.HostName);
        var audience = Value(api.Audience) ?? (clientId is null ? null : host is null ? $"api://{clientId}" : $"api://{host}/{clientId}");
        return new AddinConfig(clientId, audience is null ? null : $"{audience.TrimEnd('/')}/{ScopeName}", Value(bot.TenantId), !api.IsDevelopment);
    }

    private static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

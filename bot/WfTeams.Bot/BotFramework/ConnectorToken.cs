using Azure.Core;

namespace WfTeams.Bot.BotFramework;

/// <summary>
/// The bot's outbound token for the Bot Connector (client credentials for <c>Bot:AppId</c> in
/// <c>Bot:TenantId</c>, or a managed identity), cached until five minutes before it expires.
/// </summary>
public sealed class ConnectorToken(TokenCredential credential, TimeProvider clock)
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken _token;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(_token))
        {
            return _token.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsFresh(_token))
            {
                _token = await credential.GetTokenAsync(new TokenRequestContext([BotOptions.ConnectorScope]), cancellationToken);
            }

            return _token.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsFresh(AccessToken token) => token.Token is not null && token.ExpiresOn - RefreshMargin > clock.GetUtcNow();

    /// <summary>The credential of the configuration: a client secret if there is one, else the managed identity.</summary>
    public static TokenCredential CreateCredential(BotOptions options) => options switch
    {
        { AppId.Length: > 0, AppPassword.Length: > 0 } => new Azure.Identity.ClientSecretCredential(options.TenantId, options.AppId, options.AppPassword),
        { AppId.Length: > 0 } => new Azure.Identity.ManagedIdentityCredential(Azure.Identity.ManagedIdentityId.FromUserAssignedClientId(options.AppId)),
        // Without an app id nothing is sent with a token (development mode) and nothing is accepted otherwise.
        _ => new Azure.Identity.ManagedIdentityCredential(Azure.Identity.ManagedIdentityId.SystemAssigned),
    };
}

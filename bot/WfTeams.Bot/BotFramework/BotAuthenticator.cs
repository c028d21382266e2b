using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace WfTeams.Bot.BotFramework;

/// <summary>
/// Checks that an activity really comes from the Bot Framework channel service (BOT-PROTOCOL.md):
/// the bearer token is signed by a key of the OpenID metadata, issued by the Bot Framework, for our
/// app id, in its lifetime; it names the activity's serviceUrl and its key endorses the channel.
/// </summary>
public sealed partial class BotAuthenticator
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ILogger<BotAuthenticator> _logger;

    public BotAuthenticator(IOptions<BotOptions> options, IHttpClientFactory httpClients, ILogger<BotAuthenticator> logger)
    {
        _options = options.Value;
        _logger = logger;
        var metadataUrl = new Uri(_options.OpenIdMetadataUrl);
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(nameof(BotAuthenticator)))
        {
            // Plain HTTP only for a loopback metadata server (tests, local tools); never for a real one.
            RequireHttps = !metadataUrl.IsLoopback,
        };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromDays(1),
            RefreshInterval = TimeSpan.FromMinutes(1),
        };
    }

    /// <summary>First gate, before the body is read: the request's token (or development mode).</summary>
    public async Task<TokenCheck> CheckTokenAsync(string? authorization, IPAddress? caller, CancellationToken cancellationToken)
    {
        if (_options.IsDevelopment)
        {
            if (caller is not null && IPAddress.IsLoopback(caller))
            {
                return TokenCheck.Development;
            }

            return Refuse(StatusCodes.Status401Unauthorized, "development mode accepts loopback callers only");
        }

        if (string.IsNullOrEmpty(_options.AppId))
        {
            return Refuse(StatusCodes.Status401Unauthorized, "Bot:AppId is not configured (and Bot:AllowUnauthenticated is not set)");
        }

        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(StatusCodes.Status401Unauthorized, "no bearer token");
        }

        var token = authorization["Bearer ".Length..].Trim();
        if (!_handler.CanReadToken(token))
        {
            return Refuse(StatusCodes.Status401Unauthorized, "unreadable token");
        }

        OpenIdConnectConfiguration metadata;
        try
        {
            metadata = await _metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            // Our failure, not the caller's: 503 lets the channel retry later.
            LogMetadataUnavailable(_logger, _options.OpenIdMetadataUrl, exception.Message);
            return Refuse(StatusCodes.Status503ServiceUnavailable, "OpenID metadata unavailable");
        }

        var result = await ValidateAsync(token, metadata);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The channel rolled its keys: fetch the metadata again (at most once a minute) and retry.
            _metadata.RequestRefresh();
            metadata = await _metadata.GetConfigurationAsync(cancellationToken);
            result = await ValidateAsync(token, metadata);
        }

        if (!result.IsValid)
        {
            return Refuse(StatusCodes.Status403Forbidden, result.Exception?.GetType().Name ?? "invalid token");
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        return new TokenCheck(StatusCodes.Status200OK, null, result.ClaimsIdentity, Endorsements(metadata, jwt.Kid));
    }

    /// <summary>Second gate, once the activity is read: the token must be for this activity.</summary>
    public TokenCheck CheckActivity(TokenCheck token, Activity activity)
    {
        if (token.IsDevelopment)
        {
            return token;
        }

        var serviceUrl = token.Identity?.FindFirst("serviceurl")?.Value;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(StatusCodes.Status403Forbidden, "serviceurl claim does not match the activity");
        }

        if (activity.ChannelId is null || !token.Endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            return Refuse(StatusCodes.Status403Forbidden, $"signing key does not endorse channel '{activity.ChannelId}'");
        }

        return token;
    }

    private Task<TokenValidationResult> ValidateAsync(string token, OpenIdConnectConfiguration metadata) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = BotOptions.BotFrameworkIssuer,
            ValidAudience = _options.AppId,
            IssuerSigningKeys = metadata.SigningKeys,
            ValidAlgorithms = Algorithms,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            TryAllIssuerSigningKeys = false,
        });

    private static string[] Endorsements(OpenIdConnectConfiguration metadata, string kid)
    {
        var key = metadata.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var endorsements))
        {
            return [];
        }

        return endorsements switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.GetString() ?? "").ToArray(),
            IEnumerable<object> list => list.Select(e => e?.ToString() ?? "").ToArray(),
            _ => [],
        };
    }

    private TokenCheck Refuse(int status, string reason)
    {
        LogRefused(_logger, status, reason);
        return new TokenCheck(status, reason, null, []);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity refused ({Status}): {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "OpenID metadata {Url} unavailable: {Reason}")]
    private static partial void LogMetadataUnavailable(ILogger logger, string url, string reason);
}

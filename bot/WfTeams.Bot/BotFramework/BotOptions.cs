namespace WfTeams.Bot.BotFramework;

/// <summary>The <c>Bot</c> configuration section (contract, see README).</summary>
public sealed class BotOptions
{
    public const string BotFrameworkMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string ConnectorScope = "https://api.botframework.com/.default";

    /// <summary>The Microsoft Entra app id of the bot registration; empty only in development.</summary>
    public string? AppId { get; set; }

    /// <summary>The client secret; without one, a managed identity gets the outbound token.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The single tenant the bot serves.</summary>
    public string? TenantId { get; set; }

    /// <summary>The host's public DNS name without scheme (<c>wfteams.azurewebsites.net</c>): links in cards, the app package.</summary>
    public string? HostName { get; set; }

    public string OpenIdMetadataUrl { get; set; } = BotFrameworkMetadata;

    /// <summary>Base addresses the connector may call; a trailing <c>*.</c> host label allows subdomains.</summary>
    public List<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>Development only: accept unauthenticated activities from loopback callers when no app id is set.</summary>
    public bool AllowUnauthenticated { get; set; }

    public static IReadOnlyList<string> DefaultServiceUrls { get; } =
    [
        "https://smba.trafficmanager.net/",
        "https://*.botframework.com/",
        "https://*.teams.microsoft.com/",
        "https://*.botframework.azure.us/",
    ];

    /// <summary>Development mode: no app id, explicitly allowed.</summary>
    public bool IsDevelopment => string.IsNullOrEmpty(AppId) && AllowUnauthenticated;
}

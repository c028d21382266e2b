using System.Net;
using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace WfTeams.Core.Publishing;

/// <summary>
/// Configuration section <c>SharePoint</c>: the site, library and folder the handbook lives in, and how the
/// host signs in to Microsoft Graph (a client secret, else the managed identity). Permission: Sites.Selected
/// with a write grant on this one site.
/// </summary>
public sealed class SharePointOptions
{
    public const int MaxRetries = 3;

    /// <summary>The longest <c>Retry-After</c> waited for; a longer one fails the publication (it can be repeated).</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>Graph's site id (<c>contoso.sharepoint.com,{guid},{guid}</c>); wins over <see cref="SiteUrl"/>.</summary>
    public string? SiteId { get; set; }

    /// <summary>The site's address (<c>https://contoso.sharepoint.com/sites/Prozesse</c>).</summary>
    public Uri? SiteUrl { get; set; }

    /// <summary>The document library's name as shown on the site (default: the site's default library).</summary>
    public string? Library { get; set; }

    /// <summary>A folder in the library (<c>Prozesshandbuch</c>, <c>Handbuch/Prozesse</c>); empty: the library's root.</summary>
    public string? Folder { get; set; }

    /// <summary>Also store a PDF beside each document (Graph's conversion).</summary>
    public bool Pdf { get; set; }

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SiteId) || SiteUrl is not null;

    /// <summary>The site setting in use, for messages.</summary>
    public string SiteSetting => string.IsNullOrWhiteSpace(SiteId) ? $"SharePoint:SiteUrl={SiteUrl}" : $"SharePoint:SiteId={SiteId}";

    public TokenCredential CreateCredential() =>
        ClientSecret is { Length: > 0 } secret
            ? new ClientSecretCredential(TenantId, ClientId, secret)
            : ClientId is { Length: > 0 } clientId
                ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
                : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);

    /// <summary>
    /// Graph's default middleware (retry honouring <c>Retry-After</c> on 429/503/504, redirects, compression)
    /// with a bounded retry, over <paramref name="finalHandler"/> (tests: a loopback connection).
    /// </summary>
    public static HttpClient CreateHttpClient(HttpMessageHandler? finalHandler = null)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is RetryHandler)
            {
                handlers[i] = new RetryHandler(new RetryHandlerOption
                {
                    MaxRetry = MaxRetries,
                    // Asked for every answer: only the retryable ones, and not when the wait would be too long.
                    ShouldRetry = (_, _, response) => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
                        && (response.Headers.RetryAfter?.Delta ?? TimeSpan.Zero) <= MaxRetryAfter,
                });
            }
        }

        var client = GraphClientFactory.Create(handlers, finalHandler: finalHandler ?? new SocketsHttpHandler());
        client.Timeout = TimeSpan.FromMinutes(10);
        return client;
    }

    public SharePointLibrary CreateLibrary()
    {
        var http = CreateHttpClient();
        return new SharePointLibrary(new GraphServiceClient(http, CreateCredential(), ["https://graph.microsoft.com/.default"]), http, this);
    }
}

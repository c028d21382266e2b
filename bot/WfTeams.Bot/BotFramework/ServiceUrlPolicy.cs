using Microsoft.Extensions.Options;

namespace WfTeams.Bot.BotFramework;

/// <summary>
/// The SSRF guard: the connector calls only service URLs on the allow-list (<c>Bot:AllowedServiceUrls</c>,
/// default the Teams and Bot Framework hosts), over HTTPS; loopback only in development (mode or environment).
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotOptions> options, IHostEnvironment environment)
{
    private readonly BotOptions _options = options.Value;
    private readonly Uri[] _allowed = (options.Value.AllowedServiceUrls.Count > 0 ? options.Value.AllowedServiceUrls : BotOptions.DefaultServiceUrls)
        .Select(url => new Uri(url.Replace("*.", "wildcard.", StringComparison.Ordinal), UriKind.Absolute))
        .ToArray();

    public bool IsAllowed(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0)
        {
            return false;
        }

        if (uri.IsLoopback)
        {
            return (_options.IsDevelopment || environment.IsDevelopment()) && uri.Scheme is "http" or "https";
        }

        return uri.Scheme == Uri.UriSchemeHttps && _allowed.Any(allowed => Matches(allowed, uri));
    }

    private static bool Matches(Uri allowed, Uri uri)
    {
        if (allowed.Scheme != uri.Scheme || allowed.Port != uri.Port)
        {
            return false;
        }

        var host = allowed.Host;
        var hostMatches = host.StartsWith("wildcard.", StringComparison.Ordinal)
            ? uri.Host.EndsWith(host["wildcard".Length..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(host, uri.Host, StringComparison.OrdinalIgnoreCase);
        return hostMatches && uri.AbsolutePath.StartsWith(allowed.AbsolutePath, StringComparison.OrdinalIgnoreCase);
    }
}

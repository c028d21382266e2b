using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using WfTeams.Bot.BotFramework;
using WfTeams.Core.Chat;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Documents;

/// <summary>
/// Signed, expiring links to a case's report. The link is opened in a browser, without the bot's
/// token, so it carries its own proof: HMAC-SHA256 over tenant, case id and expiry with the server key
/// <c>Reports:SigningKey</c>. The language travels unsigned: it changes only the labels.
/// </summary>
public sealed partial class CaseReportLinks : ICaseReportLinks
{
    private readonly byte[] _key;
    private readonly TenantId _tenant;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private readonly string? _hostName;
    private readonly IHttpContextAccessor _http;

    public CaseReportLinks(IOptions<ReportOptions> options, IOptions<BotOptions> bot, TenantId tenant, TimeProvider time, IHttpContextAccessor http, ILogger<CaseReportLinks> logger)
    {
        _key = Key(options.Value.SigningKey, logger);
        _tenant = tenant;
        _time = time;
        _lifetime = options.Value.LinkLifetime > TimeSpan.Zero ? options.Value.LinkLifetime : new ReportOptions().LinkLifetime;
        _hostName = bot.Value.HostName is { Length: > 0 } host ? host.Trim().TrimEnd('/') : null;
        _http = http;
    }

    public static string Path(string caseId) => $"/api/cases/{Uri.EscapeDataString(caseId)}/report.docx";

    /// <summary>
    /// <c>https://{Bot:HostName}/api/cases/{id}/report.docx?expires=…&amp;sig=…&amp;lang=…</c>; without a
    /// configured host name (development) the address the current request came to.
    /// </summary>
    public Uri? For(CaseState state, CultureInfo culture) => Link(Path(state.Id), state.Id, culture);

    /// <summary>
    /// A signed link to <paramref name="path"/> on this host over <paramref name="signed"/> (what the handler
    /// verifies), expiring after <c>Reports:LinkLifetime</c>: <c>…?[query&amp;]expires=…&amp;sig=…&amp;lang=…</c>.
    /// Null when the host's address is unknown (no <c>Bot:HostName</c> and no current request).
    /// </summary>
    public Uri? Link(string path, string signed, CultureInfo culture, string? query = null)
    {
        var root = _hostName is not null ? "https://" + _hostName
            : _http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : null;
        if (root is null)
        {
            return null;
        }

        var expires = _time.GetUtcNow().Add(_lifetime).ToUnixTimeSeconds();
        var language = culture.TwoLetterISOLanguageName == "en" ? "en" : "de";
        var before = query is null ? "" : query + "&";
        return new Uri($"{root}{path}?{before}expires={expires.ToString(CultureInfo.InvariantCulture)}&sig={Sign(signed, expires)}&lang={language}");
    }

    /// <summary>The signature for a case id (or another signed name, see <see cref="Link"/>) and an expiry (Unix seconds), base64url.</summary>
    public string Sign(string caseId, long expires) => Base64Url.EncodeToString(Mac(caseId, expires));

    /// <summary>Whether a link's expiry and signature are genuine and not yet past; compared in constant time.</summary>
    public bool Verify(string caseId, string? expires, string? signature)
    {
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || string.IsNullOrEmpty(signature) || signature.Length > 100)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Base64Url.DecodeFromChars(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        // The signature first, in full, whatever the expiry: the time taken says nothing about the key.
        var genuine = CryptographicOperations.FixedTimeEquals(Mac(caseId, seconds), given);
        return genuine && _time.GetUtcNow().ToUnixTimeSeconds() <= seconds;
    }

    private byte[] Mac(string caseId, long expires) =>
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{_tenant.Value}\n{caseId}\n{expires.ToString(CultureInfo.InvariantCulture)}"));

    private static byte[] Key(string? configured, ILogger logger)
    {
        var (key, problem) = ReportOptions.ReadKey(configured);
        if (problem is not null)
        {
            throw new InvalidOperationException(problem);
        }

        if (key is null)
        {
            NoSigningKey(logger);
            return RandomNumberGenerator.GetBytes(ReportOptions.MinKeyBytes);
        }

        return key;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reports:SigningKey is not set: case report links are signed with a random key of this process and stop working when it ends.")]
    private static partial void NoSigningKey(ILogger logger);
}

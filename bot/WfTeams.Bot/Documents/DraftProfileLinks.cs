using System.Globalization;
using Microsoft.Extensions.Options;
using WfTeams.Bot.BotFramework;
using WfTeams.Core.Capture;
using WfTeams.Core.Chat;

namespace WfTeams.Bot.Documents;

/// <summary>
/// Signed, expiring links to a draft's Prozesssteckbrief, signed with the case report's key
/// (<c>Reports:SigningKey</c>, <c>Reports:LinkLifetime</c>) over "draft:{id}" — a colon no case id has, so a
/// draft's signature never opens a case report, nor the other way round.
/// </summary>
public sealed class DraftProfileLinks(CaseReportLinks signer, IOptions<ReportOptions> options, IOptions<BotOptions> bot, TimeProvider time, IHttpContextAccessor http) : IDraftProfileLinks
{
    public static string Path(string draftId) => $"/api/drafts/{Uri.EscapeDataString(draftId)}/profile.docx";

    public static string Signed(string draftId) => "draft:" + draftId;

    public Uri? For(string tenant, Draft draft, CultureInfo culture)
    {
        var root = bot.Value.HostName is { Length: > 0 } host ? "https://" + host.Trim().TrimEnd('/')
            : http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : null;
        if (root is null)
        {
            return null;
        }

        var lifetime = options.Value.LinkLifetime > TimeSpan.Zero ? options.Value.LinkLifetime : new ReportOptions().LinkLifetime;
        var expires = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var language = culture.TwoLetterISOLanguageName == "en" ? "en" : "de";
        return new Uri($"{root}{Path(draft.Id)}?expires={expires.ToString(CultureInfo.InvariantCulture)}&sig={signer.Sign(Signed(draft.Id), expires)}&lang={language}");
    }
}

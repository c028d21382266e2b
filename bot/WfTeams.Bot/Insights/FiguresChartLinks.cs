using System.Globalization;
using Microsoft.Extensions.Options;
using WfTeams.Bot.BotFramework;
using WfTeams.Bot.Documents;
using WfTeams.Core.Chat;
using WfTeams.Core.Insights;

namespace WfTeams.Bot.Insights;

/// <summary>
/// Signed, expiring links to the figures card's chart, signed with the case report's key (<c>Reports:SigningKey</c>,
/// <c>Reports:LinkLifetime</c>) over "figures:{id}:{period}" — a colon no case id has, so the signature opens nothing else,
/// and the period is part of what is signed, so it cannot be changed.
/// </summary>
public sealed class FiguresChartLinks(CaseReportLinks signer, IOptions<ReportOptions> options, IOptions<BotOptions> bot, TimeProvider time, IHttpContextAccessor http) : IFiguresChartLinks
{
    public static string Path(string templateId) => $"/api/templates/{Uri.EscapeDataString(templateId)}/figures.png";

    public static string Signed(string templateId, string period) => $"figures:{templateId}:{period}";

    public Uri? For(string templateId, FigurePeriod period, CultureInfo culture)
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
        var months = period.ToString();
        return new Uri($"{root}{Path(templateId)}?period={Uri.EscapeDataString(months)}&expires={expires.ToString(CultureInfo.InvariantCulture)}&sig={signer.Sign(Signed(templateId, months), expires)}&lang={language}");
    }
}

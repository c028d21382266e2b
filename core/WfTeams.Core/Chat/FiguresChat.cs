using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Cards;
using WfTeams.Core.Insights;
using WfTeams.Core.Resources;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Chat;

/// <summary>"kennzahlen ‹Prozess› [Zeitraum]" / "figures ‹process› [period]": the process matched like "starte", its figures in one read, the chart as a link the host signs.</summary>
public sealed class FiguresChat(InsightStore insights, TemplateStore templates, TimeProvider time, IFiguresChartLinks? chartLinks = null)
{
    public async Task<JsonObject> AnswerAsync(string process, string? period, TenantId tenant, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (FigurePeriod.Parse(period, now) is not { } months)
        {
            return RefusalCard.Build(new Refusal(RefusalCode.Tampered, "FiguresBadPeriod", AdaptiveCard.Clip(period, 50)), culture);
        }

        var all = await templates.ListAsync(tenant, cancellationToken);
        var found = NameMatch.Find(process, all.Select(t => new NameMatch.Candidate(t.Id, t.Name)));
        if (found.Single is not { } match)
        {
            var offered = found.IsAmbiguous ? found.Matches.Select(m => m.Name) : all.Select(t => t.Name);
            var intro = Messages.Format(found.IsAmbiguous ? "PublishAmbiguousProcess" : "PublishNoProcessMatch", culture, AdaptiveCard.Clip(process, 100));
            return PublishCard.Choose(intro, offered.ToList(), culture);
        }

        var head = all.First(t => t.Id == match.Id);
        var template = await templates.GetAsync(tenant, head.Id, head.CurrentVersion, cancellationToken)
            ?? throw new InvalidDataException($"Template {head.Id} version {head.CurrentVersion} is listed but missing.");
        var figures = await insights.FiguresAsync(tenant, template, months, now, cancellationToken: cancellationToken);
        return FiguresCard.Build(figures, culture, chartLinks?.For(template.Id, months, culture));
    }
}

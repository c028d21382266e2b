using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Cards;

/// <summary>"prozesse": the released processes, each with a start button (the bot then asks for the subject) and one to see it in detail (<see cref="ProcessCard"/>).</summary>
public static class ProcessListCard
{
    /// <param name="intro">Replaces the default intro, e.g. "Mehrere Prozesse passen zu …" when a name was ambiguous.</param>
    public static JsonObject Build(IReadOnlyList<TemplateHead> templates, CultureInfo culture, string? intro = null)
    {
        var startable = templates.Where(t => t.ReleasedVersion is not null).OrderBy(t => t.Name, StringComparer.Create(culture, ignoreCase: true)).ToList();
        return Fit(count => Render(startable, count, culture, intro), startable.Count);
    }

    /// <summary>As many entries as fit: the richest rendering of all, else fewer entries with a note.</summary>
    internal static JsonObject Fit(Func<int, Func<CardDetail, JsonObject>> render, int total)
    {
        for (var count = total; ; count = Math.Max(0, count * 3 / 4))
        {
            var card = CardSize.Fit(render(count));
            if (CardSize.Fits(card) || count == 0)
            {
                return card;
            }
        }
    }

    private static Func<CardDetail, JsonObject> Render(List<TemplateHead> templates, int count, CultureInfo culture, string? intro) => detail =>
    {
        var chars = detail switch { CardDetail.Full => 200, CardDetail.Compact => 80, _ => 40 };
        var body = new JsonArray(
            AdaptiveCard.Text(CardText.Get("CardProcessesTitle", culture), bold: true, size: "Large"),
            AdaptiveCard.Text(intro ?? CardText.Get(templates.Count == 0 ? "CardNoProcesses" : "CardProcessesIntro", culture)));
        foreach (var template in templates.Take(count))
        {
            var items = new JsonArray(AdaptiveCard.Text(AdaptiveCard.Clip(template.Name, chars), bold: true));
            if (detail == CardDetail.Full && template.Owner is { } owner)
            {
                items.Add(AdaptiveCard.Text(CardText.Get("CardProcessOwner", culture, AdaptiveCard.Clip(owner, chars)), subtle: true, size: "Small", spacing: "None"));
            }

            items.Add(AdaptiveCard.Actions(
                AdaptiveCard.Execute(CardText.Get("CardStart", culture), ActionVerbs.Start, new JsonObject { ["templateId"] = template.Id }, withInputs: false),
                AdaptiveCard.Execute(CardText.Get("CardProcessDetails", culture), ActionVerbs.Process, new JsonObject { ["templateId"] = template.Id }, withInputs: false)));
            body.Add(AdaptiveCard.Container(items, separator: true));
        }

        if (count < templates.Count)
        {
            body.Add(AdaptiveCard.Text(CardText.Get("CardMoreProcesses", culture, templates.Count - count), subtle: true));
        }

        return AdaptiveCard.Create(body);
    };
}

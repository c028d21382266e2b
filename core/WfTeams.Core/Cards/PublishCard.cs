using System.Globalization;
using System.Text.Json.Nodes;

namespace WfTeams.Core.Cards;

/// <summary>"veröffentliche ‹Prozess›": the published Prozesssteckbrief with its link, or the processes to choose from.</summary>
public static class PublishCard
{
    /// <summary>At most this many names when the name matched several or none; the rest is counted.</summary>
    public const int MaxListed = 30;

    public static JsonObject Build(string name, int version, Uri webUrl, Uri? pdfUrl, bool alreadyPublished, CultureInfo culture)
    {
        var body = new JsonArray(
            AdaptiveCard.Text(AdaptiveCard.Clip(name, 200), bold: true, size: "Large"),
            AdaptiveCard.Text(CardText.Get(alreadyPublished ? "CardAlreadyPublished" : "CardPublished", culture, version), color: alreadyPublished ? null : "Good"));
        var actions = new JsonArray(OpenUrl(CardText.Get("CardOpenProfile", culture), webUrl));
        if (pdfUrl is not null)
        {
            actions.Add(OpenUrl(CardText.Get("CardOpenPdf", culture), pdfUrl));
        }

        return AdaptiveCard.Create(body, actions);
    }

    /// <summary>The name was ambiguous or matched nothing: the candidates' names, to write the command again.</summary>
    public static JsonObject Choose(string intro, IReadOnlyList<string> names, CultureInfo culture)
    {
        var sorted = names.Order(StringComparer.Create(culture, ignoreCase: true)).ToList();
        var lines = sorted.Take(MaxListed).Select(n => "- " + CardText.Get("CardPublishCommand", culture, AdaptiveCard.Clip(n, 100))).ToList();
        if (sorted.Count > MaxListed)
        {
            lines.Add(CardText.Get("CardMorePublishable", culture, sorted.Count - MaxListed));
        }

        var body = new JsonArray(AdaptiveCard.Text(intro, bold: true));
        if (lines.Count > 0)
        {
            body.Add(AdaptiveCard.Text(string.Join("\n", lines)));
        }

        return AdaptiveCard.Create(body);
    }

    private static JsonObject OpenUrl(string title, Uri url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri };
}

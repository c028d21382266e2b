using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Cards;

/// <summary>
/// One process of the "prozesse" list in detail: name, owner, goal, steps and roles, the process diagram as a
/// picture (a signed PNG link from the host; none without one), and the start button.
/// </summary>
public static class ProcessCard
{
    public static JsonObject Build(ProcessTemplate template, Uri? diagram, CultureInfo culture) => CardSize.Fit(detail =>
    {
        var chars = detail switch { CardDetail.Full => 600, CardDetail.Compact => 200, _ => 60 };
        var roles = template.Steps.Select(s => s.Responsible).Distinct(StringComparer.Ordinal).ToList();
        var body = new JsonArray(
            AdaptiveCard.Text(AdaptiveCard.Clip(template.Name, 200), bold: true, size: "Large"),
            AdaptiveCard.Text(CardText.Get("CardProcessOwner", culture, AdaptiveCard.Clip(template.Owner, 200)), subtle: true, size: "Small", spacing: "None"));
        if (detail != CardDetail.Minimal)
        {
            body.Add(AdaptiveCard.Text(AdaptiveCard.Clip(template.Goal, chars)));
        }

        body.Add(AdaptiveCard.Text(CardText.Get("CardProcessSteps", culture, template.Steps.Count, AdaptiveCard.Clip(string.Join(", ", roles), chars)), size: "Small"));
        if (diagram is not null)
        {
            body.Add(new JsonObject
            {
                ["type"] = "Image",
                ["url"] = diagram.AbsoluteUri,
                ["altText"] = CardText.Get("CardProcessDiagram", culture, AdaptiveCard.Clip(template.Name, 200)),
                ["size"] = "Stretch",
                // Teams opens the picture full size on a click: a wide flow is unreadable at card width.
                ["msteams"] = new JsonObject { ["allowExpand"] = true },
            });
        }

        return AdaptiveCard.Create(body, [
            AdaptiveCard.Execute(CardText.Get("CardStart", culture), ActionVerbs.Start, new JsonObject { ["templateId"] = template.Id }, "positive", withInputs: false),
            AdaptiveCard.Execute(CardText.Get("CardAllProcesses", culture), ActionVerbs.Processes, [], withInputs: false),
        ]);
    });
}

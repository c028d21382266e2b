using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Capture;

namespace WfTeams.Core.Cards;

/// <summary>A short answer about a draft (saved for later, submitted, released, refused, changed elsewhere), with a way back to it.</summary>
public static class CaptureNoticeCard
{
    public static JsonObject Build(string message, CultureInfo culture, Draft? draft = null, bool attention = false, Uri? profile = null)
    {
        var body = new JsonArray(AdaptiveCard.Text(AdaptiveCard.Clip(message, 2000), bold: true, color: attention ? "Attention" : null));
        var actions = new JsonArray();
        if (draft is { Status: DraftStatus.Capturing })
        {
            actions.Add(AdaptiveCard.Execute(CardText.Get("CaptureResume", culture), CaptureVerbs.Open, CaptureCardParts.Data(draft), withInputs: false));
        }

        if (profile is not null)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = CardText.Get("CaptureProfile", culture), ["url"] = profile.AbsoluteUri });
        }

        return AdaptiveCard.Create(body, actions);
    }
}

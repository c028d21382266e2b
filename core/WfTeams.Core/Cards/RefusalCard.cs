using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Cards;

/// <summary>Why nothing happened, in the user's language; with a button to the current card when the case can be shown.</summary>
public static class RefusalCard
{
    public static JsonObject Build(Refusal refusal, CultureInfo culture, string? caseId = null)
    {
        var body = new JsonArray(AdaptiveCard.Text(AdaptiveCard.Clip(refusal.Message(culture), 2000), color: "Attention", bold: true));
        JsonArray actions = caseId is null
            ? []
            : [AdaptiveCard.Execute(CardText.Get("CardShowCurrent", culture), ActionVerbs.Open, ActionData.ForCase(caseId), withInputs: false)];
        return AdaptiveCard.Create(body, actions);
    }
}

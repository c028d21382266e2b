using System.Globalization;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Cards;

/// <summary>Texts and parts every case card shares: message texts and the case header.</summary>
public static class CardText
{
    public static string Get(string key, CultureInfo culture, params object?[] args) => Messages.Format(key, culture, args);

    /// <summary>"Ansiedlung – Muster GmbH" over "Schritt 3 von 12".</summary>
    public static IEnumerable<System.Text.Json.Nodes.JsonNode> Header(CaseState state, ProcessTemplate template, CultureInfo culture, int titleChars = 200)
    {
        yield return AdaptiveCard.Text(Get("CardCaseTitle", culture, AdaptiveCard.Clip(state.TemplateName, titleChars), AdaptiveCard.Clip(state.Subject, titleChars)), subtle: true, size: "Small");
        if (state.CurrentStepId is { } stepId)
        {
            yield return AdaptiveCard.Text(Get("CardStepOf", culture, CaseFlow.IndexOf(template, stepId) + 1, template.Steps.Count), subtle: true, size: "Small", spacing: "None");
        }
    }
}

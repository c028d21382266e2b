using System.Globalization;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Cards;

/// <summary>Texts and parts every case card shares: the case header, dates in the user's language, action data.</summary>
public static class CardText
{
    public static string Get(string key, CultureInfo culture, params object?[] args) => Messages.Format(key, culture, args);

    public static string When(DateTimeOffset at, CultureInfo culture) => Messages.Format("CardDateTime", culture, CaseTime.Local(at));

    public static string Day(DateTimeOffset at, CultureInfo culture) => Messages.Format("CardDate", culture, CaseTime.Local(at));

    /// <summary>"Ansiedlung – Muster GmbH" over "Schritt 3 von 12".</summary>
    public static IEnumerable<System.Text.Json.Nodes.JsonNode> Header(CaseState state, ProcessTemplate template, CultureInfo culture, int titleChars = 200)
    {
        yield return AdaptiveCard.Text(Get("CardCaseTitle", culture, AdaptiveCard.Clip(state.TemplateName, titleChars), AdaptiveCard.Clip(state.Subject, titleChars)), subtle: true, size: "Small");
        if (state.CurrentStepId is { } stepId)
        {
            yield return AdaptiveCard.Text(Get("CardStepOf", culture, CaseFlow.IndexOf(template, stepId) + 1, template.Steps.Count), subtle: true, size: "Small", spacing: "None");
        }
    }

    /// <summary>What every case action carries: the case, the step and the version the card showed.</summary>
    public static System.Text.Json.Nodes.JsonObject Data(CaseState state, int? page = null)
    {
        var data = new System.Text.Json.Nodes.JsonObject { ["caseId"] = state.Id, ["stepId"] = state.CurrentStepId ?? "", ["version"] = state.Version };
        if (page is not null)
        {
            data["page"] = page.Value;
        }

        return data;
    }

    public static System.Text.Json.Nodes.JsonObject CaseData(string caseId) => new() { ["caseId"] = caseId };
}

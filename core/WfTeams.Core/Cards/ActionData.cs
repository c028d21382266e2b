using System.Text.Json.Nodes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Cards;

/// <summary>The data a card's Action.Execute carries besides its inputs: which case, step and version the card showed.</summary>
public static class ActionData
{
    /// <summary>What every case action carries: the case, the step and the version the card showed.</summary>
    public static JsonObject ForStep(CaseState state, int? page = null)
    {
        var data = new JsonObject { ["caseId"] = state.Id, ["stepId"] = state.CurrentStepId ?? "", ["version"] = state.Version };
        if (page is not null)
        {
            data["page"] = page.Value;
        }

        return data;
    }

    public static JsonObject ForCase(string caseId) => new() { ["caseId"] = caseId };
}

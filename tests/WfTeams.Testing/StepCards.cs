using System.Text.Json.Nodes;
using WfTeams.Core.Processes;

namespace WfTeams.Testing;

/// <summary>Reading the bot's cards as a user clicks them: the actions, and a step answered completely.</summary>
public static class StepCards
{
    /// <summary>Every Action.Execute of a card, nested ones (ActionSet, ShowCard) included.</summary>
    public static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.Execute" => [o],
        JsonObject o => o.SelectMany(p => Actions(p.Value)),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };

    /// <summary>A copy of the data of the card's first action with <paramref name="verb"/>.</summary>
    public static JsonObject DataOf(JsonObject card, string verb) =>
        Actions(card).First(a => (string?)a["verb"] == verb)["data"]!.DeepClone().AsObject();

    /// <summary>The step card's complete action with every checklist item ticked, every field filled validly and, for a decision, <paramref name="decision"/> (else its first answer).</summary>
    public static JsonObject Completed(JsonObject card, ProcessTemplate template, string? decision = null)
    {
        var data = DataOf(card, "complete");
        var step = template.Steps.Single(s => s.Id == (string?)data["stepId"]);
        foreach (var item in step.Checklist)
        {
            data["c." + item.Id] = "true";
        }

        foreach (var field in step.Fields)
        {
            data["f." + field.Id] = CaseFactory.ValidValue(field);
        }

        if (step.Decision is { } question)
        {
            data["decision"] = decision ?? question.Options[0].Id;
        }

        return data;
    }

    /// <summary>The card a connector call carried.</summary>
    public static JsonObject Card(ConnectorCall call) => call.Body!["attachments"]![0]!["content"]!.AsObject();
}

using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Cards;

/// <summary>What one rendering of a step card shows: the case at its current step, the refused input and its errors, who may take the step.</summary>
internal sealed record StepView(
    CaseState State,
    ProcessTemplate Template,
    ProcessStep Step,
    CultureInfo Culture,
    DateTimeOffset Now,
    StepDraft? Draft,
    IReadOnlyList<FieldError> Errors,
    IReadOnlyList<Actor> Colleagues,
    string? Notice)
{
    public void AddError(JsonArray body, string inputId)
    {
        var error = Errors.FirstOrDefault(e => e.InputId == inputId);
        if (error is not null)
        {
            body.Add(AdaptiveCard.Text(error.Message(Culture), color: "Attention", size: "Small", spacing: "None"));
        }
    }

    public string Text(string key, params object?[] args) => CardText.Get(key, Culture, args);
}

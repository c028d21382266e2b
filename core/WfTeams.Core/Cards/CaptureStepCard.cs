using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Capture;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Cards;

/// <summary>
/// A whole step on one card, submitted at once: title, responsible role, description, duration, checklist,
/// data to capture, decision; the rarer parts (contributors, input, result, tools, deadline) behind "more".
/// </summary>
public static class CaptureStepCard
{
    /// <param name="index">The step being edited; null for a new one.</param>
    /// <param name="form">What was typed (shown again with the errors); else the stored step or blank.</param>
    public static JsonObject Build(Draft draft, int? index, CultureInfo culture, StepForm? form = null, IReadOnlyList<TemplateError>? errors = null)
    {
        var template = draft.Template;
        form ??= index is { } i ? StepForm.Of(template.Steps[i], template) : new StepForm();
        var number = (index ?? template.Steps.Count) + 1;
        var body = new JsonArray(
            CaptureCardParts.Header(draft, culture),
            AdaptiveCard.Text(CardText.Get(index is null ? "CaptureNewStep" : "CaptureEditStep", culture, number), bold: true, size: "Medium"),
            AdaptiveCard.Text(CardText.Get("CaptureStepHint", culture), size: "Small"));
        if (template.Steps.Count > 0)
        {
            body.Add(AdaptiveCard.Text(CardText.Get("CaptureStepsSoFar", culture, AdaptiveCard.Clip(string.Join(" · ", template.Steps.Select(s => s.Title)), 1500)), subtle: true, size: "Small"));
        }

        var more = new JsonArray();
        foreach (var input in StepForm.Inputs)
        {
            var (maxLength, multiline) = input switch
            {
                "title" or "responsible" or "question" or "deadline" => (TemplateLimits.ShortText, false),
                "duration" => (40, false),
                "description" => (TemplateLimits.LongText, true),
                "input" or "result" => (TemplateLimits.MediumText, true),
                _ => (20_000, true),
            };
            var target = input is "contributors" or "input" or "result" or "tools" or "deadline" ? more : body;
            target.Add(CaptureCardParts.Input(input, CardText.Get("CaptureStep_" + input, culture), form.Get(input), maxLength, multiline, CardText.Get("CaptureStepExample_" + input, culture)));
            foreach (var error in CaptureCardParts.Errors(errors, culture, input))
            {
                target.Add(error);
            }
        }

        body.Add(new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(AdaptiveCard.ShowCard(CardText.Get("CaptureMore", culture), new JsonObject { ["type"] = "AdaptiveCard", ["body"] = more })),
        });
        foreach (var error in CaptureCardParts.Errors(errors?.Where(e => !StepForm.Inputs.Contains(e.Path)).ToList(), culture))
        {
            body.Add(error);
        }

        var data = CaptureCardParts.Data(draft, index ?? -1);
        var finish = data.DeepClone().AsObject();
        finish["finish"] = true;
        var actions = new JsonArray(
            AdaptiveCard.Execute(CardText.Get(draft.Finished ? "CaptureSaveStep" : "CaptureSaveAndNext", culture), CaptureVerbs.Step, data, "positive"));
        if (!draft.Finished)
        {
            actions.Add(AdaptiveCard.Execute(CardText.Get("CaptureSaveAndFinish", culture), CaptureVerbs.Step, finish));
        }

        actions.Add(AdaptiveCard.Execute(CardText.Get(draft.Finished ? "CaptureToPreview" : "CaptureBack", culture), draft.Finished ? CaptureVerbs.Preview : CaptureVerbs.Back, CaptureCardParts.Data(draft), withInputs: false));
        actions.Add(CaptureCardParts.Later(draft, culture));
        return AdaptiveCard.Create(body, actions);
    }
}

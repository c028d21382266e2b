using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Capture;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Cards;

/// <summary>One master-data question: what to write, a one-line hint, an example from the Ansiedlung sample; optional ones skippable.</summary>
public static class CaptureQuestionCard
{
    public static JsonObject Build(Draft draft, CultureInfo culture, IReadOnlyList<TemplateError>? errors = null, string? typed = null)
    {
        var question = MasterQuestions.All[draft.Question];
        var body = new JsonArray(
            CaptureCardParts.Header(draft, culture),
            AdaptiveCard.Text(CardText.Get("CaptureQuestionOf", culture, draft.Question + 1, MasterQuestions.All.Count), subtle: true, size: "Small", spacing: "None"),
            AdaptiveCard.Text(CardText.Get("CaptureAsk_" + question.Key, culture) + (question.Optional ? CardText.Get("CaptureOptional", culture) : ""), bold: true, size: "Medium"),
            AdaptiveCard.Text(CardText.Get("CaptureHint_" + question.Key, culture), size: "Small"),
            AdaptiveCard.Text(CardText.Get("CaptureExample", culture, CardText.Get("CaptureExample_" + question.Key, culture)), subtle: true, size: "Small", spacing: "None"));
        var value = typed ?? question.Current(draft.Template);
        body.Add(question.Kind == AnswerKind.Category ? Category(value, culture) : CaptureCardParts.Input("answer", CardText.Get("CaptureYourAnswer", culture), value, question.MaxChars, question.Kind != AnswerKind.Line));
        foreach (var error in CaptureCardParts.Errors(errors, culture))
        {
            body.Add(error);
        }

        var actions = new JsonArray(AdaptiveCard.Execute(CardText.Get("CaptureNext", culture), CaptureVerbs.Answer, CaptureCardParts.Data(draft), "positive"));
        if (question.Optional)
        {
            actions.Add(AdaptiveCard.Execute(CardText.Get("CaptureSkip", culture), CaptureVerbs.Skip, CaptureCardParts.Data(draft), withInputs: false));
        }

        if (draft.Question > 0)
        {
            actions.Add(AdaptiveCard.Execute(CardText.Get("CaptureBack", culture), CaptureVerbs.Back, CaptureCardParts.Data(draft), withInputs: false));
        }

        actions.Add(CaptureCardParts.Later(draft, culture));
        return AdaptiveCard.Create(body, actions);
    }

    private static JsonObject Category(string value, CultureInfo culture) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = "answer",
        ["label"] = CardText.Get("CaptureYourAnswer", culture),
        ["style"] = "expanded",
        ["value"] = value,
        ["choices"] = new JsonArray(
            Choice(CardText.Get("CaptureCategoryCore", culture), TemplateJson.JsonName(ProcessCategory.Core)),
            Choice(CardText.Get("CaptureCategoryManagement", culture), TemplateJson.JsonName(ProcessCategory.Management)),
            Choice(CardText.Get("CaptureCategorySupport", culture), TemplateJson.JsonName(ProcessCategory.Support))),
    };

    private static JsonObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };
}

using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Capture;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Cards;

/// <summary>
/// One master-data card: each of its questions as an input labelled with the question, a one-line hint and an example
/// from the Ansiedlung sample under it; a card of optional questions can be skipped.
/// </summary>
public static class CaptureQuestionCard
{
    /// <param name="typed">What was typed, by question key (shown again with the errors); else the draft's answers.</param>
    public static JsonObject Build(Draft draft, CultureInfo culture, IReadOnlyList<TemplateError>? errors = null, IReadOnlyDictionary<string, string>? typed = null)
    {
        var questions = MasterQuestions.OnCardOf(draft.Question);
        var body = new JsonArray(
            CaptureCardParts.Header(draft, culture),
            AdaptiveCard.Text(CardText.Get("CaptureQuestionOf", culture, MasterQuestions.All[draft.Question].Card + 1, MasterQuestions.Cards), subtle: true, size: "Small", spacing: "None"));
        foreach (var question in questions)
        {
            var label = CardText.Get("CaptureAsk_" + question.Key, culture) + (question.Optional ? CardText.Get("CaptureOptional", culture) : "");
            var value = typed is not null ? typed.GetValueOrDefault(question.Key, "") : question.Current(draft.Template);
            var input = question.Kind == AnswerKind.Category ? Category(label, value, culture) : CaptureCardParts.Input(question.Key, label, value, question.MaxChars, question.Kind != AnswerKind.Line);
            input["spacing"] = "Large";
            body.Add(input);
            foreach (var error in CaptureCardParts.Errors(errors, culture, question.Key))
            {
                body.Add(error);
            }

            // The hint and the example under their input, as a form's help text: never read as the next question's.
            body.Add(AdaptiveCard.Text(CardText.Get("CaptureHint_" + question.Key, culture), size: "Small", spacing: "Small"));
            body.Add(AdaptiveCard.Text(CardText.Get("CaptureExample", culture, CardText.Get("CaptureExample_" + question.Key, culture)), subtle: true, size: "Small", spacing: "None"));
        }

        foreach (var error in CaptureCardParts.Errors(errors?.Where(e => questions.All(q => q.Key != e.Path)).ToList(), culture))
        {
            body.Add(error);
        }

        var actions = new JsonArray(AdaptiveCard.Execute(CardText.Get("CaptureNext", culture), CaptureVerbs.Answer, CaptureCardParts.Data(draft), "positive"));
        if (questions.All(q => q.Optional))
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

    private static JsonObject Category(string label, string value, CultureInfo culture) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = "category",
        ["label"] = label,
        ["style"] = "expanded",
        ["value"] = value,
        ["choices"] = new JsonArray(
            Choice(CardText.Get("CaptureCategoryCore", culture), TemplateJson.JsonName(ProcessCategory.Core)),
            Choice(CardText.Get("CaptureCategoryManagement", culture), TemplateJson.JsonName(ProcessCategory.Management)),
            Choice(CardText.Get("CaptureCategorySupport", culture), TemplateJson.JsonName(ProcessCategory.Support))),
    };

    private static JsonObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };
}

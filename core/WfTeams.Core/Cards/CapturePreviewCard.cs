using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Capture;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Cards;

/// <summary>
/// The draft at a glance: master data, the steps with edit / move up / delete, what still breaks a template
/// rule, and the way on (add a step, change a master-data answer, submit for review, the profile as .docx).
/// </summary>
public static class CapturePreviewCard
{
    public static JsonObject Build(Draft draft, CultureInfo culture, IReadOnlyList<TemplateError> problems, Uri? profile = null, string? notice = null)
    {
        var t = draft.Template;
        var body = new JsonArray(CaptureCardParts.Header(draft, culture), AdaptiveCard.Text(CardText.Get("CapturePreviewTitle", culture), bold: true, size: "Medium"));
        if (notice is not null)
        {
            body.Add(AdaptiveCard.Text(AdaptiveCard.Clip(notice, 500), color: "Accent"));
        }

        if (draft.ReviewComment is { } comment && draft.Status == DraftStatus.Capturing)
        {
            body.Add(AdaptiveCard.Text(CardText.Get("CaptureReturnedWith", culture, AdaptiveCard.Clip(draft.ReviewerName, 100), AdaptiveCard.Clip(comment, 500)), color: "Warning"));
        }

        body.Add(AdaptiveCard.Facts(
        [
            (CardText.Get("CaptureFactName", culture), AdaptiveCard.Clip(t.Name, 200)),
            (CardText.Get("CaptureFactOwner", culture), AdaptiveCard.Clip(t.Owner, 200)),
            (CardText.Get("CaptureFactGoal", culture), AdaptiveCard.Clip(t.Goal, 300)),
            (CardText.Get("CaptureFactLists", culture), CardText.Get("CaptureListCounts", culture, t.Inputs.Count, t.Outputs.Count, t.Participants.Count, t.Kpis.Count, t.Risks.Count)),
            (CardText.Get("CaptureFactStatus", culture), CardText.Get("CaptureStatus_" + TemplateJson.JsonName(draft.Status), culture)),
        ]));
        var editable = draft.Status == DraftStatus.Capturing;
        for (var i = 0; i < t.Steps.Count && i < 60; i++)
        {
            var step = t.Steps[i];
            var line = AdaptiveCard.Text(CardText.Get("CapturePreviewStep", culture, i + 1, AdaptiveCard.Clip(step.Title, 120), AdaptiveCard.Clip(step.Responsible, 80), Ways(step, t, culture)), size: "Small");
            var items = new JsonArray(line);
            if (editable)
            {
                var actions = new List<JsonNode> { AdaptiveCard.Execute(CardText.Get("CaptureEdit", culture), CaptureVerbs.EditStep, CaptureCardParts.Data(draft, i), withInputs: false) };
                if (i > 0)
                {
                    actions.Add(AdaptiveCard.Execute(CardText.Get("CaptureMoveUp", culture), CaptureVerbs.MoveUp, CaptureCardParts.Data(draft, i), withInputs: false));
                }

                actions.Add(AdaptiveCard.Execute(CardText.Get("CaptureDelete", culture), CaptureVerbs.Delete, CaptureCardParts.Data(draft, i), withInputs: false));
                items.Add(AdaptiveCard.Actions([.. actions]));
            }

            body.Add(AdaptiveCard.Container(items, separator: true));
        }

        if (problems.Count > 0)
        {
            body.Add(AdaptiveCard.Text(CardText.Get("CaptureProblems", culture, problems.Count), bold: true, color: "Attention"));
            foreach (var problem in problems.Take(10))
            {
                body.Add(AdaptiveCard.Text(AdaptiveCard.Clip(problem.Message(culture), 300), color: "Attention", size: "Small", spacing: "None"));
            }
        }

        var buttons = new JsonArray();
        if (editable)
        {
            body.Add(new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = "field",
                ["label"] = CardText.Get("CaptureChangeField", culture),
                ["choices"] = new JsonArray([.. MasterQuestions.All.Select(q => (JsonNode)new JsonObject { ["title"] = CardText.Get("CaptureAsk_" + q.Key, culture), ["value"] = q.Key })]),
                ["value"] = "name",
            });
            body.Add(AdaptiveCard.Actions(AdaptiveCard.Execute(CardText.Get("CaptureChange", culture), CaptureVerbs.Ask, CaptureCardParts.Data(draft))));
            buttons.Add(AdaptiveCard.Execute(CardText.Get("CaptureAddStep", culture), CaptureVerbs.AddStep, CaptureCardParts.Data(draft), withInputs: false));
            if (problems.Count == 0)
            {
                buttons.Add(AdaptiveCard.Execute(CardText.Get("CaptureSubmit", culture), CaptureVerbs.Submit, CaptureCardParts.Data(draft), "positive", withInputs: false));
            }

            buttons.Add(CaptureCardParts.Later(draft, culture));
        }

        if (profile is not null)
        {
            buttons.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = CardText.Get("CaptureProfile", culture), ["url"] = profile.AbsoluteUri });
        }

        return AdaptiveCard.Create(body, buttons);
    }

    /// <summary>Where a step leads: its decision's answers, else on to the next step.</summary>
    private static string Ways(ProcessStep step, ProcessTemplate template, CultureInfo culture) =>
        step.Decision is { } decision
            ? " → " + AdaptiveCard.Clip(string.Join("; ", decision.Options.Select(o => o.Label + ": " + (o.End ? CardText.Get("CaptureEnd", culture) : template.Steps.FirstOrDefault(s => s.Id == o.Next)?.Title ?? "„" + o.Next + "“ ?"))), 300)
            : "";
}

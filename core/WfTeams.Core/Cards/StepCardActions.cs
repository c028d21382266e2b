using System.Text.Json.Nodes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Cards;

/// <summary>The step card's actions: complete or save the page, back, skip with a reason, assign, pause or resume.</summary>
internal static class StepCardActions
{
    public static JsonArray Actions(StepView view, bool last, int page, int pages)
    {
        var actions = new JsonArray();
        if (view.State.Status == CaseStatus.Paused)
        {
            actions.Add(AdaptiveCard.Execute(view.Text("CardResume"), ActionVerbs.Resume, ActionData.ForStep(view.State), "positive", withInputs: false));
            actions.Add(AssignAction(view));
            return actions;
        }

        actions.Add(last
            ? AdaptiveCard.Execute(view.Text("CardComplete"), ActionVerbs.Complete, ActionData.ForStep(view.State), "positive")
            : AdaptiveCard.Execute(view.Text("CardSaveNext", page + 2, pages), ActionVerbs.Save, ActionData.ForStep(view.State, page + 1), "positive"));
        if (!view.State.Path.IsEmpty)
        {
            actions.Add(AdaptiveCard.Execute(view.Text("CardBack"), ActionVerbs.Back, ActionData.ForStep(view.State), withInputs: false));
        }

        if (view.Step.Decision is null)
        {
            var reason = new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = InputIds.Reason,
                ["label"] = view.Text("CardSkipReason"),
                ["isMultiline"] = true,
                ["maxLength"] = CaseFlow.MaxReasonChars,
            };
            if (view.Draft?.Reason is { } given)
            {
                reason["value"] = AdaptiveCard.Clip(given, CaseFlow.MaxReasonChars);
            }

            var skipBody = new JsonArray(reason);
            view.AddError(skipBody, InputIds.Reason);
            actions.Add(AdaptiveCard.ShowCard(view.Text("CardSkip"), AdaptiveCard.Nested(
                skipBody,
                [AdaptiveCard.Execute(view.Text("CardSkipConfirm"), ActionVerbs.Skip, ActionData.ForStep(view.State))])));
        }

        actions.Add(AssignAction(view));
        actions.Add(AdaptiveCard.Execute(view.Text("CardPause"), ActionVerbs.Pause, ActionData.ForStep(view.State), withInputs: false));
        return actions;
    }

    private static JsonObject AssignAction(StepView view)
    {
        JsonObject input = view.Colleagues.Count > 0
            ? new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = InputIds.Assignee,
                ["label"] = view.Text("CardAssignTo"),
                ["style"] = "compact",
                ["choices"] = new JsonArray(view.Colleagues.Take(60).Select(c => (JsonNode)StepCardInputs.Choice(AdaptiveCard.Clip(c.Name, 80), c.Id + "|" + AdaptiveCard.Clip(c.Name, 80))).ToArray()),
            }
            : new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = InputIds.Assignee,
                ["label"] = view.Text("CardAssignTo"),
                ["placeholder"] = view.Text("CardPersonPlaceholder"),
                ["maxLength"] = Actor.MaxNameLength,
            };
        var body = new JsonArray(input);
        view.AddError(body, InputIds.Assignee);
        return AdaptiveCard.ShowCard(view.Text("CardAssign"), AdaptiveCard.Nested(
            body,
            [AdaptiveCard.Execute(view.Text("CardAssignConfirm"), ActionVerbs.Assign, ActionData.ForStep(view.State))]));
    }
}

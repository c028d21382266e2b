using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Capture;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Cards;

/// <summary>For the reviewer: what the draft changes against the released version, field by field; comment or release.</summary>
public static class CaptureReviewCard
{
    public const int MaxChanges = 40;

    public static JsonObject Build(Draft draft, IReadOnlyList<TemplateDifference> changes, bool isNew, CultureInfo culture, IReadOnlyList<TemplateError>? errors = null, Uri? profile = null)
    {
        var body = new JsonArray(
            CaptureCardParts.Header(draft, culture),
            AdaptiveCard.Text(CardText.Get("CaptureReviewTitle", culture, AdaptiveCard.Clip(draft.OwnerName, 100)), bold: true, size: "Medium"),
            AdaptiveCard.Text(CardText.Get(isNew ? "CaptureReviewNew" : "CaptureReviewChanges", culture, changes.Count, draft.BasedOnVersion ?? 0), size: "Small"));
        foreach (var change in changes.Take(MaxChanges))
        {
            body.Add(AdaptiveCard.Container(new JsonArray(
                AdaptiveCard.Text(AdaptiveCard.Clip(change.Path.TrimStart('$', '.'), 200), bold: true, size: "Small"),
                AdaptiveCard.Text(CardText.Get("CaptureChangeOld", culture, AdaptiveCard.Clip(change.Old ?? "–", 200)), size: "Small", color: "Attention", spacing: "None"),
                AdaptiveCard.Text(CardText.Get("CaptureChangeNew", culture, AdaptiveCard.Clip(change.New ?? "–", 200)), size: "Small", color: "Good", spacing: "None")), separator: true));
        }

        if (changes.Count > MaxChanges)
        {
            body.Add(AdaptiveCard.Text(CardText.Get("CaptureMoreChanges", culture, changes.Count - MaxChanges), subtle: true, size: "Small"));
        }

        body.Add(CaptureCardParts.Input("comment", CardText.Get("CaptureComment", culture), "", TemplateLimits.MediumText, true, CardText.Get("CaptureCommentExample", culture)));
        foreach (var error in CaptureCardParts.Errors(errors, culture))
        {
            body.Add(error);
        }

        var actions = new JsonArray(
            AdaptiveCard.Execute(CardText.Get("CaptureRelease", culture), CaptureVerbs.Release, CaptureCardParts.Data(draft), "positive"),
            AdaptiveCard.Execute(CardText.Get("CaptureReturn", culture), CaptureVerbs.Return, CaptureCardParts.Data(draft)));
        if (profile is not null)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = CardText.Get("CaptureProfile", culture), ["url"] = profile.AbsoluteUri });
        }

        return AdaptiveCard.Create(body, actions);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Capture;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Cards;

/// <summary>"meine entwürfe": the user's drafts to resume; "prüfungen": the drafts waiting for a reviewer.</summary>
public static class CaptureDraftsCard
{
    public const int MaxShown = 25;

    public static JsonObject Build(IReadOnlyList<Draft> drafts, CultureInfo culture, bool review = false)
    {
        var body = new JsonArray(AdaptiveCard.Text(CardText.Get(review ? "CaptureReviewsTitle" : "CaptureDraftsTitle", culture), bold: true, size: "Large"));
        if (drafts.Count == 0)
        {
            body.Add(AdaptiveCard.Text(CardText.Get(review ? "CaptureNoReviews" : "CaptureNoDrafts", culture)));
        }

        foreach (var draft in drafts.Take(MaxShown))
        {
            var name = draft.Template.Name.Length > 0 ? draft.Template.Name : CardText.Get("CaptureUnnamed", culture);
            body.Add(AdaptiveCard.Container(new JsonArray(
                AdaptiveCard.Text(AdaptiveCard.Clip(name, 200), bold: true),
                AdaptiveCard.Text(CardText.Get("CaptureDraftLine", culture, CardText.Get("CaptureStatus_" + TemplateJson.JsonName(draft.Status), culture), draft.Template.Steps.Count, draft.UpdatedAt.UtcDateTime, AdaptiveCard.Clip(draft.OwnerName, 100)), subtle: true, size: "Small", spacing: "None"),
                AdaptiveCard.Actions(AdaptiveCard.Execute(CardText.Get(review ? "CaptureReview" : "CaptureResume", culture), review ? CaptureVerbs.Review : CaptureVerbs.Open, CaptureCardParts.Data(draft), withInputs: false))), separator: true));
        }

        if (drafts.Count > MaxShown)
        {
            body.Add(AdaptiveCard.Text(CardText.Get("CaptureMoreDrafts", culture, drafts.Count - MaxShown), subtle: true, size: "Small"));
        }

        return AdaptiveCard.Create(body);
    }
}

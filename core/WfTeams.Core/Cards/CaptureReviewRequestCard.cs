using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Capture;

namespace WfTeams.Core.Cards;

/// <summary>To a reviewer, unasked: "Entwurf X von Y wartet auf Prüfung", with the button that opens the review.</summary>
public static class CaptureReviewRequestCard
{
    public static JsonObject Build(Draft draft, CultureInfo culture)
    {
        var name = draft.Template.Name.Length > 0 ? draft.Template.Name : CardText.Get("CaptureUnnamed", culture);
        var body = new JsonArray(
            AdaptiveCard.Text(CardText.Get("CaptureReviewRequest", culture, AdaptiveCard.Clip(name, 200), AdaptiveCard.Clip(draft.OwnerName, 100)), bold: true, size: "Medium"),
            AdaptiveCard.Text(CardText.Get("CaptureDraftLine", culture, CardText.Get("CaptureStatus_" + Processes.TemplateJson.JsonName(draft.Status), culture), draft.Template.Steps.Count, draft.UpdatedAt.UtcDateTime, AdaptiveCard.Clip(draft.OwnerName, 100)), subtle: true, size: "Small"));
        return AdaptiveCard.Create(body, new JsonArray(AdaptiveCard.Execute(CardText.Get("CaptureReview", culture), CaptureVerbs.Review, CaptureCardParts.Data(draft), withInputs: false)));
    }
}

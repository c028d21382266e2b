using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Capture;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Cards;

/// <summary>What the capture cards share: the data every button carries (draft and revision), the header, errors.</summary>
public static class CaptureCardParts
{
    /// <summary>The draft and the revision the card shows: a click on an older card is recognised as stale.</summary>
    public static JsonObject Data(Draft draft, int? step = null)
    {
        var data = new JsonObject { ["draftId"] = draft.Id, ["revision"] = draft.Revision };
        if (step is not null)
        {
            data["step"] = step.Value;
        }

        return data;
    }

    public static JsonObject Header(Draft draft, CultureInfo culture) =>
        AdaptiveCard.Text(CardText.Get("CaptureCardDraft", culture, AdaptiveCard.Clip(draft.Template.Name.Length > 0 ? draft.Template.Name : CardText.Get("CaptureUnnamed", culture), 200)), subtle: true, size: "Small");

    /// <summary>The errors of one input (by path), or of all when <paramref name="path"/> is null.</summary>
    public static IEnumerable<JsonNode> Errors(IReadOnlyList<TemplateError>? errors, CultureInfo culture, string? path = null) =>
        (errors ?? []).Where(e => path is null || e.Path == path)
            .Take(10)
            .Select(e => (JsonNode)AdaptiveCard.Text(AdaptiveCard.Clip(e.Message(culture), 500), color: "Attention", size: "Small", spacing: "None"));

    public static JsonObject Input(string id, string label, string value, int maxLength, bool multiline, string? placeholder = null)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["maxLength"] = maxLength };
        if (multiline)
        {
            input["isMultiline"] = true;
        }

        if (value.Length > 0)
        {
            input["value"] = value;
        }

        if (placeholder is not null)
        {
            input["placeholder"] = placeholder;
        }

        return input;
    }

    public static JsonObject Later(Draft draft, CultureInfo culture) =>
        AdaptiveCard.Execute(CardText.Get("CaptureLater", culture), CaptureVerbs.Later, Data(draft), withInputs: false);
}

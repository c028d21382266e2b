using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Cards;

/// <summary>The step card's inputs: checklist toggles, capture fields by type, the decision, each with its error and the value to show.</summary>
internal static class StepCardInputs
{
    public static void AddToggle(StepView view, JsonArray body, ChecklistItem item, CardDetail detail)
    {
        var on = view.Draft?.Checked.Contains(item.Id) ?? view.State.Current!.Checked.Contains(item.Id);
        body.Add(new JsonObject
        {
            ["type"] = "Input.Toggle",
            ["id"] = InputIds.Check(item.Id),
            ["title"] = AdaptiveCard.Clip(item.Text, detail == CardDetail.Full ? 2000 : detail == CardDetail.Compact ? 300 : 120) + (item.Required ? " *" : ""),
            ["value"] = on ? "true" : "false",
            ["valueOn"] = "true",
            ["valueOff"] = "false",
            ["wrap"] = true,
        });
        view.AddError(body, InputIds.Check(item.Id));
    }

    public static void AddField(StepView view, JsonArray body, CaptureField field, CardDetail detail)
    {
        var id = InputIds.Field(field.Id);
        var labelChars = detail == CardDetail.Full ? 200 : 80;
        var optionChars = detail switch { CardDetail.Full => 200, CardDetail.Compact => 80, _ => 40 };
        var input = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = id,
            ["label"] = AdaptiveCard.Clip(field.Label, labelChars) + (field.Required ? " *" : ""),
        };
        var value = Value(view, field);
        switch (field.Type)
        {
            case FieldType.Text:
                input["maxLength"] = CapturedValue.MaxTextChars;
                break;
            case FieldType.Multiline:
                input["isMultiline"] = true;
                input["maxLength"] = CapturedValue.MaxMultilineChars;
                break;
            case FieldType.Number:
                input["placeholder"] = view.Text("CardNumberPlaceholder");
                break;
            case FieldType.Person:
                input["placeholder"] = view.Text("CardPersonPlaceholder");
                input["maxLength"] = CapturedValue.MaxTextChars;
                break;
            case FieldType.Link:
                input["style"] = "Url";
                input["placeholder"] = "https://";
                break;
            case FieldType.Date:
                input["type"] = "Input.Date";
                break;
            case FieldType.Choice:
                input["type"] = "Input.ChoiceSet";
                input["style"] = "compact";
                input["choices"] = new JsonArray(field.Options.Select((o, i) => (JsonNode)Choice(AdaptiveCard.Clip(o, optionChars), i.ToString(CultureInfo.InvariantCulture))).ToArray());
                break;
            case FieldType.YesNo:
                input["type"] = "Input.ChoiceSet";
                input["style"] = "expanded";
                input["choices"] = new JsonArray(Choice(view.Text("Yes"), "yes"), Choice(view.Text("No"), "no"));
                break;
        }

        if (value is not null)
        {
            input["value"] = value;
        }

        body.Add(input);
        if (detail == CardDetail.Full && !string.IsNullOrWhiteSpace(field.Help))
        {
            body.Add(AdaptiveCard.Text(AdaptiveCard.Clip(field.Help, 300), subtle: true, size: "Small", spacing: "None"));
        }

        view.AddError(body, id);
    }

    public static void AddDecision(StepView view, JsonArray body, Decision decision, CardDetail detail)
    {
        var chars = detail == CardDetail.Full ? 200 : 80;
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = InputIds.Decision,
            ["label"] = AdaptiveCard.Clip(decision.Question, chars) + " *",
            ["style"] = "expanded",
            ["choices"] = new JsonArray(decision.Options.Select(o => (JsonNode)Choice(AdaptiveCard.Clip(o.Label, chars), o.Id)).ToArray()),
        };
        if ((view.Draft?.DecisionId ?? view.State.Current!.DecisionId) is { } chosen)
        {
            input["value"] = chosen;
        }

        body.Add(AdaptiveCard.Text(view.Text("CardDecision"), bold: true, spacing: "Medium"));
        body.Add(input);
        view.AddError(body, InputIds.Decision);
    }

    public static string LabelOf(StepView view, string inputId, int chars)
    {
        if (inputId.StartsWith(InputIds.FieldPrefix, StringComparison.Ordinal))
        {
            var id = inputId[InputIds.FieldPrefix.Length..];
            return AdaptiveCard.Clip(view.Step.Fields.FirstOrDefault(f => f.Id == id)?.Label ?? id, chars);
        }

        if (inputId.StartsWith(InputIds.CheckPrefix, StringComparison.Ordinal))
        {
            var id = inputId[InputIds.CheckPrefix.Length..];
            return AdaptiveCard.Clip(view.Step.Checklist.FirstOrDefault(c => c.Id == id)?.Text ?? id, chars);
        }

        return view.Text(inputId switch { InputIds.Reason => "CardSkipReason", InputIds.Assignee => "CardAssignTo", _ => "CardDecision" });
    }

    /// <summary>What the input shows: the user's refused input, else what was stored (in the user's format).</summary>
    private static string? Value(StepView view, CaptureField field)
    {
        if (view.Draft is not null && view.Draft.Values.TryGetValue(field.Id, out var raw))
        {
            // Date and choice inputs can only show what they could have sent; anything else stays empty beside its error.
            return field.Type switch
            {
                FieldType.Date => CapturedValue.ParseDate(raw.Trim())?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                FieldType.Choice => CapturedValue.Choose(field, raw.Trim()) is { } option ? field.Options.ToList().IndexOf(option).ToString(CultureInfo.InvariantCulture) : null,
                FieldType.YesNo => CapturedValue.ParseYesNo(raw.Trim()) is { } yes ? (yes ? "yes" : "no") : null,
                _ => AdaptiveCard.Clip(raw, CapturedValue.MaxMultilineChars),
            };
        }

        if (!view.State.Current!.Values.TryGetValue(field.Id, out var stored))
        {
            return null;
        }

        return field.Type switch
        {
            FieldType.Choice => field.Options.ToList().IndexOf(stored) is >= 0 and var index ? index.ToString(CultureInfo.InvariantCulture) : null,
            FieldType.Number => CapturedValue.Display(field, stored, view.Culture),
            _ => stored,
        };
    }

    public static JsonObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };
}

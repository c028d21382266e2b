using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Cards;

/// <summary>
/// The card of the current step: where the case stands, what to do, the checklist and capture fields
/// (with the user's input and errors when a submission was refused), the decision, links, and the actions
/// complete, back, skip with a reason, assign, pause. A step too large for one message is split into
/// pages: "save and continue" keeps each page's input, the last page completes.
/// </summary>
public sealed class StepCard
{
    private readonly CaseState _state;
    private readonly ProcessTemplate _template;
    private readonly ProcessStep _step;
    private readonly CultureInfo _culture;
    private readonly DateTimeOffset _now;
    private readonly StepDraft? _draft;
    private readonly IReadOnlyList<FieldError> _errors;
    private readonly IReadOnlyList<Actor> _colleagues;
    private readonly string? _notice;

    private StepCard(CaseState state, ProcessTemplate template, CultureInfo culture, DateTimeOffset now, StepDraft? draft, IReadOnlyList<FieldError>? errors, IReadOnlyList<Actor>? colleagues, string? notice)
    {
        _notice = notice;
        _state = state;
        _template = template;
        _step = template.Steps.First(s => s.Id == state.CurrentStepId);
        _culture = culture;
        _now = now;
        _draft = draft;
        _errors = errors ?? [];
        _colleagues = colleagues ?? [];
    }

    /// <param name="colleagues">People the step can be assigned to (the chat's members); without them the card asks for a name.</param>
    /// <param name="page">The page of a step that needs several (from the action's data); clamped.</param>
    /// <param name="notice">Why this card is shown again (a refused action), above everything else.</param>
    public static JsonObject Build(
        CaseState state,
        ProcessTemplate template,
        CultureInfo culture,
        DateTimeOffset now,
        StepDraft? draft = null,
        IReadOnlyList<FieldError>? errors = null,
        IReadOnlyList<Actor>? colleagues = null,
        int page = 0,
        string? notice = null)
    {
        if (state.CurrentStepId is null)
        {
            throw new InvalidOperationException($"Case {state.Id} has no current step: show its summary instead.");
        }

        var card = new StepCard(state, template, culture, now, draft, errors, colleagues, notice);
        var all = card.Inputs().ToList();
        var whole = CardSize.Fit(detail => card.Render(detail, all, 0, 1));
        if (CardSize.Fits(whole))
        {
            return whole;
        }

        var pages = card.Pages(all);
        var index = Math.Clamp(page, 0, pages.Count - 1);
        return card.Render(CardDetail.Minimal, pages[index], index, pages.Count);
    }

    /// <summary>A checklist item or capture field: the unit pages are made of.</summary>
    private sealed record InputItem(ChecklistItem? Check, CaptureField? Field);

    private IEnumerable<InputItem> Inputs() =>
        _step.Checklist.Select(c => new InputItem(c, null)).Concat(_step.Fields.Select(f => new InputItem(null, f)));

    /// <summary>Greedy: as many inputs per page as fit beside the rest of the card.</summary>
    private List<List<InputItem>> Pages(List<InputItem> all)
    {
        var pages = new List<List<InputItem>>();
        var current = new List<InputItem>();
        foreach (var item in all)
        {
            current.Add(item);
            if (current.Count > 1 && !CardSize.Fits(Render(CardDetail.Minimal, current, 1, 3)))
            {
                current.RemoveAt(current.Count - 1);
                pages.Add(current);
                current = [item];
            }
        }

        pages.Add(current);
        return pages;
    }

    private JsonObject Render(CardDetail detail, List<InputItem> items, int page, int pages)
    {
        var text = detail switch { CardDetail.Full => 2000, CardDetail.Compact => 600, _ => 200 };
        var label = detail == CardDetail.Full ? 200 : 80;
        var body = new JsonArray(CardText.Header(_state, _template, _culture, label).ToArray());
        if (_notice is not null)
        {
            body.Insert(0, AdaptiveCard.Text(AdaptiveCard.Clip(_notice, 1000), color: "Attention", bold: true));
        }
        body.Add(AdaptiveCard.Text(AdaptiveCard.Clip(_step.Title, 200), bold: true, size: "Large", spacing: "Small"));
        if (_state.Status == CaseStatus.Paused)
        {
            body.Add(AdaptiveCard.Text(Text("CardPaused"), color: "Warning", bold: true));
        }

        if (!string.IsNullOrWhiteSpace(_step.Description))
        {
            body.Add(AdaptiveCard.Text(AdaptiveCard.Clip(_step.Description, text)));
        }

        body.Add(AdaptiveCard.Facts(Facts(label, detail)));
        if (_state.IsOverdue(_now))
        {
            body.Add(AdaptiveCard.Text(Text("CardOverdue", CaseTime.When(_state.Current!.DueAt!.Value, _culture)), color: "Attention", bold: true));
        }

        if (pages > 1)
        {
            body.Add(AdaptiveCard.Text(Text("CardPageOf", page + 1, pages), subtle: true));
        }

        if (_errors.Count > 0)
        {
            body.Add(AdaptiveCard.Text(Text("CardErrorsIntro"), color: "Attention", bold: true));
            foreach (var error in _errors.Where(e => !items.Any(i => InputId(i) == e.InputId) && e.InputId != InputIds.Decision))
            {
                body.Add(AdaptiveCard.Text(Text("CardErrorAt", LabelOf(error.InputId, label), error.Message(_culture)), color: "Attention", size: "Small", spacing: "None"));
            }
        }

        var checks = items.Where(i => i.Check is not null).ToList();
        if (checks.Count > 0)
        {
            body.Add(AdaptiveCard.Text(Text("CardChecklist"), bold: true, spacing: "Medium"));
            foreach (var item in checks)
            {
                AddToggle(body, item.Check!, detail);
            }
        }

        var fields = items.Where(i => i.Field is not null).ToList();
        if (fields.Count > 0)
        {
            body.Add(AdaptiveCard.Text(Text("CardCapture"), bold: true, spacing: "Medium"));
            foreach (var item in fields)
            {
                AddField(body, item.Field!, detail);
            }
        }

        var last = page == pages - 1;
        if (last && _step.Decision is { } decision)
        {
            AddDecision(body, decision, detail);
        }

        if (items.Any(i => i.Check?.Required == true || i.Field?.Required == true))
        {
            body.Add(AdaptiveCard.Text(Text("CardRequiredLegend"), subtle: true, size: "Small"));
        }

        if (_step.Links.Count > 0 && detail != CardDetail.Minimal)
        {
            body.Add(AdaptiveCard.Text(Text("CardLinks"), bold: true, spacing: "Medium"));
            body.Add(AdaptiveCard.Text(string.Join("\n", _step.Links.Take(20).Select(l => "- " + Link(l, label)))));
        }

        return AdaptiveCard.Create(body, Actions(last, page, pages));
    }

    private IEnumerable<(string, string)> Facts(int label, CardDetail detail)
    {
        var current = _state.Current!;
        yield return (Text("CardResponsible"), AdaptiveCard.Clip(_step.Responsible, label));
        yield return (Text("CardAssignee"), current.Assignee is { } assignee ? AdaptiveCard.Clip(assignee.Name, label) : Text("CardNotAssigned"));
        if (current.DueAt is { } due)
        {
            yield return (Text("CardDue"), CaseTime.When(due, _culture));
        }

        if (detail != CardDetail.Full)
        {
            yield break;
        }

        if (_step.Deadline is { Length: > 0 } deadline)
        {
            yield return (Text("CardDeadline"), AdaptiveCard.Clip(deadline, label));
        }

        if (_step.Contributors.Count > 0)
        {
            yield return (Text("CardContributors"), AdaptiveCard.Clip(string.Join(", ", _step.Contributors), 500));
        }

        if (_step.Tools.Count > 0)
        {
            yield return (Text("CardTools"), AdaptiveCard.Clip(string.Join(", ", _step.Tools), 500));
        }

        if (_step.Result is { Length: > 0 } result)
        {
            yield return (Text("CardResult"), AdaptiveCard.Clip(result, 500));
        }
    }

    private void AddToggle(JsonArray body, ChecklistItem item, CardDetail detail)
    {
        var on = _draft?.Checked.Contains(item.Id) ?? _state.Current!.Checked.Contains(item.Id);
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
        AddError(body, InputIds.Check(item.Id));
    }

    private void AddField(JsonArray body, CaptureField field, CardDetail detail)
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
        var value = Value(field);
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
                input["placeholder"] = Text("CardNumberPlaceholder");
                break;
            case FieldType.Person:
                input["placeholder"] = Text("CardPersonPlaceholder");
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
                input["choices"] = new JsonArray(Choice(Text("Yes"), "yes"), Choice(Text("No"), "no"));
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

        AddError(body, id);
    }

    private void AddDecision(JsonArray body, Decision decision, CardDetail detail)
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
        if ((_draft?.DecisionId ?? _state.Current!.DecisionId) is { } chosen)
        {
            input["value"] = chosen;
        }

        body.Add(AdaptiveCard.Text(Text("CardDecision"), bold: true, spacing: "Medium"));
        body.Add(input);
        AddError(body, InputIds.Decision);
    }

    private void AddError(JsonArray body, string inputId)
    {
        var error = _errors.FirstOrDefault(e => e.InputId == inputId);
        if (error is not null)
        {
            body.Add(AdaptiveCard.Text(error.Message(_culture), color: "Attention", size: "Small", spacing: "None"));
        }
    }

    /// <summary>What the input shows: the user's refused input, else what was stored (in the user's format).</summary>
    private string? Value(CaptureField field)
    {
        if (_draft is not null && _draft.Values.TryGetValue(field.Id, out var raw))
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

        if (!_state.Current!.Values.TryGetValue(field.Id, out var stored))
        {
            return null;
        }

        return field.Type switch
        {
            FieldType.Choice => field.Options.ToList().IndexOf(stored) is >= 0 and var index ? index.ToString(CultureInfo.InvariantCulture) : null,
            FieldType.Number => CapturedValue.Display(field, stored, _culture),
            _ => stored,
        };
    }

    private JsonArray Actions(bool last, int page, int pages)
    {
        var actions = new JsonArray();
        if (_state.Status == CaseStatus.Paused)
        {
            actions.Add(AdaptiveCard.Execute(Text("CardResume"), ActionVerbs.Resume, ActionData.ForStep(_state), "positive", withInputs: false));
            actions.Add(AssignAction());
            return actions;
        }

        actions.Add(last
            ? AdaptiveCard.Execute(Text("CardComplete"), ActionVerbs.Complete, ActionData.ForStep(_state), "positive")
            : AdaptiveCard.Execute(Text("CardSaveNext", page + 2, pages), ActionVerbs.Save, ActionData.ForStep(_state, page + 1), "positive"));
        if (!_state.Path.IsEmpty)
        {
            actions.Add(AdaptiveCard.Execute(Text("CardBack"), ActionVerbs.Back, ActionData.ForStep(_state), withInputs: false));
        }

        if (_step.Decision is null)
        {
            var reason = new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = InputIds.Reason,
                ["label"] = Text("CardSkipReason"),
                ["isMultiline"] = true,
                ["maxLength"] = CaseFlow.MaxReasonChars,
            };
            if (_draft?.Reason is { } given)
            {
                reason["value"] = AdaptiveCard.Clip(given, CaseFlow.MaxReasonChars);
            }

            var skipBody = new JsonArray(reason);
            AddError(skipBody, InputIds.Reason);
            actions.Add(AdaptiveCard.ShowCard(Text("CardSkip"), AdaptiveCard.Nested(
                skipBody,
                [AdaptiveCard.Execute(Text("CardSkipConfirm"), ActionVerbs.Skip, ActionData.ForStep(_state))])));
        }

        actions.Add(AssignAction());
        actions.Add(AdaptiveCard.Execute(Text("CardPause"), ActionVerbs.Pause, ActionData.ForStep(_state), withInputs: false));
        return actions;
    }

    private JsonObject AssignAction()
    {
        JsonObject input = _colleagues.Count > 0
            ? new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = InputIds.Assignee,
                ["label"] = Text("CardAssignTo"),
                ["style"] = "compact",
                ["choices"] = new JsonArray(_colleagues.Take(60).Select(c => (JsonNode)Choice(AdaptiveCard.Clip(c.Name, 80), c.Id + "|" + AdaptiveCard.Clip(c.Name, 80))).ToArray()),
            }
            : new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = InputIds.Assignee,
                ["label"] = Text("CardAssignTo"),
                ["placeholder"] = Text("CardPersonPlaceholder"),
                ["maxLength"] = Actor.MaxNameLength,
            };
        var body = new JsonArray(input);
        AddError(body, InputIds.Assignee);
        return AdaptiveCard.ShowCard(Text("CardAssign"), AdaptiveCard.Nested(
            body,
            [AdaptiveCard.Execute(Text("CardAssignConfirm"), ActionVerbs.Assign, ActionData.ForStep(_state))]));
    }

    private string LabelOf(string inputId, int chars)
    {
        if (inputId.StartsWith(InputIds.FieldPrefix, StringComparison.Ordinal))
        {
            var id = inputId[InputIds.FieldPrefix.Length..];
            return AdaptiveCard.Clip(_step.Fields.FirstOrDefault(f => f.Id == id)?.Label ?? id, chars);
        }

        if (inputId.StartsWith(InputIds.CheckPrefix, StringComparison.Ordinal))
        {
            var id = inputId[InputIds.CheckPrefix.Length..];
            return AdaptiveCard.Clip(_step.Checklist.FirstOrDefault(c => c.Id == id)?.Text ?? id, chars);
        }

        return Text(inputId switch { InputIds.Reason => "CardSkipReason", InputIds.Assignee => "CardAssignTo", _ => "CardDecision" });
    }

    private static string InputId(InputItem item) => item.Check is { } check ? InputIds.Check(check.Id) : InputIds.Field(item.Field!.Id);

    private static string Link(DocumentReference link, int chars)
    {
        var title = AdaptiveCard.Clip(link.Title, chars).Replace('[', '(').Replace(']', ')');
        return link.Url is { } url ? $"[{title}]({url.Replace(")", "%29", StringComparison.Ordinal)})" : title;
    }

    private static JsonObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private string Text(string key, params object?[] args) => CardText.Get(key, _culture, args);
}

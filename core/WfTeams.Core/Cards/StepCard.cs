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
    private readonly StepView _view;

    private StepCard(StepView view) => _view = view;

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

        var card = new StepCard(new StepView(state, template, template.Steps.First(s => s.Id == state.CurrentStepId), culture, now, draft, errors ?? [], colleagues ?? [], notice));
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
        _view.Step.Checklist.Select(c => new InputItem(c, null)).Concat(_view.Step.Fields.Select(f => new InputItem(null, f)));

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
        var body = new JsonArray(CardText.Header(_view.State, _view.Template, _view.Culture, label).ToArray());
        if (_view.Notice is not null)
        {
            body.Insert(0, AdaptiveCard.Text(AdaptiveCard.Clip(_view.Notice, 1000), color: "Attention", bold: true));
        }
        body.Add(AdaptiveCard.Text(AdaptiveCard.Clip(_view.Step.Title, 200), bold: true, size: "Large", spacing: "Small"));
        if (_view.State.Status == CaseStatus.Paused)
        {
            body.Add(AdaptiveCard.Text(Text("CardPaused"), color: "Warning", bold: true));
        }

        if (!string.IsNullOrWhiteSpace(_view.Step.Description))
        {
            body.Add(AdaptiveCard.Text(AdaptiveCard.Clip(_view.Step.Description, text)));
        }

        body.Add(AdaptiveCard.Facts(Facts(label, detail)));
        if (_view.State.IsOverdue(_view.Now))
        {
            body.Add(AdaptiveCard.Text(Text("CardOverdue", CaseTime.When(_view.State.Current!.DueAt!.Value, _view.Culture)), color: "Attention", bold: true));
        }

        if (pages > 1)
        {
            body.Add(AdaptiveCard.Text(Text("CardPageOf", page + 1, pages), subtle: true));
        }

        if (_view.Errors.Count > 0)
        {
            body.Add(AdaptiveCard.Text(Text("CardErrorsIntro"), color: "Attention", bold: true));
            foreach (var error in _view.Errors.Where(e => !items.Any(i => InputId(i) == e.InputId) && e.InputId != InputIds.Decision))
            {
                body.Add(AdaptiveCard.Text(Text("CardErrorAt", StepCardInputs.LabelOf(_view, error.InputId, label), error.Message(_view.Culture)), color: "Attention", size: "Small", spacing: "None"));
            }
        }

        var checks = items.Where(i => i.Check is not null).ToList();
        if (checks.Count > 0)
        {
            body.Add(AdaptiveCard.Text(Text("CardChecklist"), bold: true, spacing: "Medium"));
            foreach (var item in checks)
            {
                StepCardInputs.AddToggle(_view, body, item.Check!, detail);
            }
        }

        var fields = items.Where(i => i.Field is not null).ToList();
        if (fields.Count > 0)
        {
            body.Add(AdaptiveCard.Text(Text("CardCapture"), bold: true, spacing: "Medium"));
            foreach (var item in fields)
            {
                StepCardInputs.AddField(_view, body, item.Field!, detail);
            }
        }

        var last = page == pages - 1;
        if (last && _view.Step.Decision is { } decision)
        {
            StepCardInputs.AddDecision(_view, body, decision, detail);
        }

        if (items.Any(i => i.Check?.Required == true || i.Field?.Required == true))
        {
            body.Add(AdaptiveCard.Text(Text("CardRequiredLegend"), subtle: true, size: "Small"));
        }

        if (_view.Step.Links.Count > 0 && detail != CardDetail.Minimal)
        {
            body.Add(AdaptiveCard.Text(Text("CardLinks"), bold: true, spacing: "Medium"));
            body.Add(AdaptiveCard.Text(string.Join("\n", _view.Step.Links.Take(20).Select(l => "- " + Link(l, label)))));
        }

        return AdaptiveCard.Create(body, StepCardActions.Actions(_view, last, page, pages));
    }

    private IEnumerable<(string, string)> Facts(int label, CardDetail detail)
    {
        var current = _view.State.Current!;
        yield return (Text("CardResponsible"), AdaptiveCard.Clip(_view.Step.Responsible, label));
        yield return (Text("CardAssignee"), current.Assignee is { } assignee ? AdaptiveCard.Clip(assignee.Name, label) : Text("CardNotAssigned"));
        if (current.DueAt is { } due)
        {
            yield return (Text("CardDue"), CaseTime.When(due, _view.Culture));
        }

        if (detail != CardDetail.Full)
        {
            yield break;
        }

        if (_view.Step.Deadline is { Length: > 0 } deadline)
        {
            yield return (Text("CardDeadline"), AdaptiveCard.Clip(deadline, label));
        }

        if (_view.Step.Contributors.Count > 0)
        {
            yield return (Text("CardContributors"), AdaptiveCard.Clip(string.Join(", ", _view.Step.Contributors), 500));
        }

        if (_view.Step.Tools.Count > 0)
        {
            yield return (Text("CardTools"), AdaptiveCard.Clip(string.Join(", ", _view.Step.Tools), 500));
        }

        if (_view.Step.Result is { Length: > 0 } result)
        {
            yield return (Text("CardResult"), AdaptiveCard.Clip(result, 500));
        }
    }









    private static string InputId(InputItem item) => item.Check is { } check ? InputIds.Check(check.Id) : InputIds.Field(item.Field!.Id);

    private static string Link(DocumentReference link, int chars)
    {
        var title = AdaptiveCard.Clip(link.Title, chars).Replace('[', '(').Replace(']', ')');
        return link.Url is { } url ? $"[{title}]({url.Replace(")", "%29", StringComparison.Ordinal)})" : title;
    }

    private string Text(string key, params object?[] args) => _view.Text(key, args);
}

using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Cards;

/// <summary>"status": progress, the current step with who and due date (overdue marked), and the steps so far with their data.</summary>
public static class StatusCard
{
    public static JsonObject Build(CaseState state, ProcessTemplate template, CultureInfo culture, DateTimeOffset now)
    {
        var report = CaseReport.Of(state, template);
        return CardSize.Fit(detail => Render(state, template, report, culture, now, detail));
    }

    private static JsonObject Render(CaseState state, ProcessTemplate template, CaseReport report, CultureInfo culture, DateTimeOffset now, CardDetail detail)
    {
        var done = report.Steps.Count(l => l.Outcome is CaseReport.StepOutcome.Completed or CaseReport.StepOutcome.Skipped);
        var body = new JsonArray(
            AdaptiveCard.Text(AdaptiveCard.Clip(state.Subject, 200), bold: true, size: "Large"),
            AdaptiveCard.Facts(Facts(state, template, culture, done)));
        if (state.Current is { } current && state.CurrentStepId is { } stepId)
        {
            var step = template.Steps.First(s => s.Id == stepId);
            var items = new JsonArray(
                AdaptiveCard.Text(CardText.Get("CardCurrentStep", culture), bold: true),
                AdaptiveCard.Text(CardText.Get("CardHistoryStep", culture, CaseFlow.IndexOf(template, stepId) + 1, AdaptiveCard.Clip(step.Title, 200)), spacing: "None"));
            var facts = new List<(string, string)>
            {
                (CardText.Get("CardResponsible", culture), AdaptiveCard.Clip(step.Responsible, 200)),
                (CardText.Get("CardAssignee", culture), current.Assignee is { } a ? AdaptiveCard.Clip(a.Name, 200) : CardText.Get("CardNotAssigned", culture)),
            };
            if (current.DueAt is { } due)
            {
                facts.Add((CardText.Get("CardDue", culture), CaseTime.When(due, culture)));
            }

            items.Add(AdaptiveCard.Facts(facts));
            if (state.IsOverdue(now))
            {
                items.Add(AdaptiveCard.Text(CardText.Get("CardOverdue", culture, CaseTime.When(current.DueAt!.Value, culture)), color: "Attention", bold: true));
            }

            body.Add(AdaptiveCard.Container(items, style: state.IsOverdue(now) ? "attention" : "emphasis"));
        }

        foreach (var node in CaseHistory.Render(report, culture, detail, openItems: false))
        {
            body.Add(node);
        }

        JsonArray actions = state.IsOpen
            ? [AdaptiveCard.Execute(CardText.Get("CardOpen", culture), ActionVerbs.Open, ActionData.ForCase(state.Id), "positive", withInputs: false)]
            : [];
        return AdaptiveCard.Create(body, actions);
    }

    internal static IEnumerable<(string, string)> Facts(CaseState state, ProcessTemplate template, CultureInfo culture, int done)
    {
        yield return (CardText.Get("CardTemplate", culture), CardText.Get("CardTemplateVersion", culture, AdaptiveCard.Clip(template.Name, 200), template.Version));
        yield return (CardText.Get("CardStarted", culture), CardText.Get("CardByAt", culture, AdaptiveCard.Clip(state.StartedBy.Name, 200), CaseTime.When(state.StartedAt, culture)));
        yield return (CardText.Get("CardProgressTitle", culture), CardText.Get("CardProgress", culture, done, template.Steps.Count));
        yield return (CardText.Get("CardState", culture), state.Status switch
        {
            CaseStatus.Paused => CardText.Get("CardStatePaused", culture),
            CaseStatus.Finished => CardText.Get("CardStateFinished", culture, CaseTime.When(state.ClosedAt ?? state.UpdatedAt, culture)),
            CaseStatus.Cancelled => CardText.Get("CardStateCancelled", culture, AdaptiveCard.Clip(state.ClosedBy?.Name, 200), CaseTime.When(state.ClosedAt ?? state.UpdatedAt, culture)),
            _ => CardText.Get("CardStateActive", culture),
        });
        if (state.Status == CaseStatus.Cancelled && state.CloseReason is { } reason)
        {
            yield return (CardText.Get("CardReason", culture), AdaptiveCard.Clip(reason, 500));
        }
    }
}

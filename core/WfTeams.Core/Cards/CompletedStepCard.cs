using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Cards;

/// <summary>The clicked step card, refreshed in place: "erledigt von … am …" (or skipped, with the reason), the decision and what was captured. No actions.</summary>
public static class CompletedStepCard
{
    /// <param name="recorded">The Completed or Skipped event; <paramref name="state"/> is the case after it.</param>
    public static JsonObject Build(CaseState state, ProcessTemplate template, CaseEvent recorded, CultureInfo culture)
    {
        var step = template.Steps.First(s => s.Id == recorded.StepId);
        return CardSize.Fit(detail => Render(state, template, step, recorded, culture, detail));
    }

    private static JsonObject Render(CaseState state, ProcessTemplate template, ProcessStep step, CaseEvent recorded, CultureInfo culture, CardDetail detail)
    {
        var chars = detail switch { CardDetail.Full => 500, CardDetail.Compact => 120, _ => 40 };
        var body = new JsonArray(
            AdaptiveCard.Text(CardText.Get("CardCaseTitle", culture, AdaptiveCard.Clip(state.TemplateName, 200), AdaptiveCard.Clip(state.Subject, 200)), subtle: true, size: "Small"),
            AdaptiveCard.Text(CardText.Get("CardStepOf", culture, CaseFlow.IndexOf(template, step.Id) + 1, template.Steps.Count), subtle: true, size: "Small", spacing: "None"),
            AdaptiveCard.Text(AdaptiveCard.Clip(step.Title, 200), bold: true, size: "Large", spacing: "Small"));
        body.Add(recorded.Kind == CaseEventKind.Skipped
            ? AdaptiveCard.Text(CardText.Get("CardSkippedBy", culture, AdaptiveCard.Clip(recorded.Actor.Name, 200), CaseTime.When(recorded.At, culture), AdaptiveCard.Clip(recorded.Reason, chars)), color: "Warning", bold: true)
            : AdaptiveCard.Text(CardText.Get("CardCompletedBy", culture, AdaptiveCard.Clip(recorded.Actor.Name, 200), CaseTime.When(recorded.At, culture)), color: "Good", bold: true));
        var facts = new List<(string, string)>();
        if (recorded.DecisionId is { } decisionId && step.Decision?.Options.FirstOrDefault(o => o.Id == decisionId) is { } option)
        {
            facts.Add((AdaptiveCard.Clip(step.Decision.Question, chars), AdaptiveCard.Clip(option.Label, chars)));
        }

        if (detail != CardDetail.Minimal && recorded.Values is { } values)
        {
            facts.AddRange(step.Fields
                .Where(f => values.ContainsKey(f.Id))
                .Select(f => (AdaptiveCard.Clip(f.Label, chars), AdaptiveCard.Clip(CapturedValue.Display(f, values[f.Id], culture), chars))));
        }

        if (facts.Count > 0)
        {
            body.Add(AdaptiveCard.Facts(facts));
        }

        if (detail != CardDetail.Minimal && recorded.Checked is { Count: > 0 } ticked)
        {
            body.Add(AdaptiveCard.Text(CardText.Get("CardTicked", culture, ticked.Count, step.Checklist.Count), subtle: true, size: "Small"));
        }

        if (!state.IsOpen && state.CurrentStepId is null)
        {
            body.Add(AdaptiveCard.Text(CardText.Get(state.Status == CaseStatus.Finished ? "CardSummaryFinished" : "CardSummaryCancelled", culture), subtle: true));
        }

        return AdaptiveCard.Create(body);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Cards;

/// <summary>"meine vorgänge": open cases, newest first, each with its current step, due date (overdue marked) and a resume button.</summary>
public static class MyCasesCard
{
    public static JsonObject Build(IReadOnlyList<CaseSummary> cases, CultureInfo culture, DateTimeOffset now) =>
        ProcessListCard.Fit(count => detail => Render(cases, count, culture, now, detail), cases.Count);

    private static JsonObject Render(IReadOnlyList<CaseSummary> cases, int count, CultureInfo culture, DateTimeOffset now, CardDetail detail)
    {
        var chars = detail switch { CardDetail.Full => 200, CardDetail.Compact => 80, _ => 40 };
        var body = new JsonArray(AdaptiveCard.Text(CardText.Get("CardMyCasesTitle", culture), bold: true, size: "Large"));
        if (cases.Count == 0)
        {
            body.Add(AdaptiveCard.Text(CardText.Get("CardNoCases", culture)));
        }

        foreach (var summary in cases.Take(count))
        {
            var overdue = summary.IsOverdue(now);
            var items = new JsonArray(
                AdaptiveCard.Text(CardText.Get("CardCaseTitle", culture, AdaptiveCard.Clip(summary.TemplateName, chars), AdaptiveCard.Clip(summary.Subject, chars)), bold: true));
            if (summary.StepTitle is { } step)
            {
                items.Add(AdaptiveCard.Text(CardText.Get("CardCaseStep", culture, summary.StepNumber, summary.StepCount, AdaptiveCard.Clip(step, chars)), spacing: "None"));
            }

            var line = new List<string>();
            if (summary.Status == CaseStatus.Paused)
            {
                line.Add(CardText.Get("CardStatePaused", culture));
            }

            if (summary.AssigneeName is { } assignee && detail != CardDetail.Minimal)
            {
                line.Add(CardText.Get("CardAssignedTo", culture, AdaptiveCard.Clip(assignee, chars)));
            }

            if (summary.DueAt is { } due)
            {
                line.Add(CardText.Get(overdue ? "CardOverdue" : "CardDueOn", culture, CaseTime.When(due, culture)));
            }

            if (line.Count > 0)
            {
                items.Add(AdaptiveCard.Text(string.Join(" · ", line), size: "Small", spacing: "None", color: overdue ? "Attention" : null, subtle: !overdue));
            }

            items.Add(AdaptiveCard.Actions(AdaptiveCard.Execute(CardText.Get("CardResumeCase", culture), ActionVerbs.Open, ActionData.ForCase(summary.CaseId), withInputs: false)));
            body.Add(AdaptiveCard.Container(items, style: overdue ? "attention" : null, separator: true));
        }

        if (count < cases.Count)
        {
            body.Add(AdaptiveCard.Text(CardText.Get("CardMoreCases", culture, cases.Count - count), subtle: true));
        }

        return AdaptiveCard.Create(body);
    }
}

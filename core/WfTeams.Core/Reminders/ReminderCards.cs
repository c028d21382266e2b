using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Cards;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Reminders;

/// <summary>The cards the bot sends on its own: an assignment (with the step card's actions), an overdue reminder, the morning digest, a finished case.</summary>
public static class ReminderCards
{
    private const int TitleChars = 200;

    /// <summary>"Ihnen wurde … zugewiesen" above the step card itself, so the step can be done right there.</summary>
    public static JsonObject Assigned(CaseState state, ProcessTemplate template, CultureInfo culture, DateTimeOffset now)
    {
        var step = template.Steps.First(s => s.Id == state.CurrentStepId);
        var text = CardText.Get("ReminderAssigned", culture, AdaptiveCard.Clip(step.Title, TitleChars), CaseName(state.TemplateName, state.Subject, culture));
        var card = StepCard.Build(state, template, culture, now);
        card["body"]!.AsArray().Insert(0, AdaptiveCard.Text(text, bold: true, color: "Accent"));
        return CardSize.Fits(card) ? card : Notice(text, state.Id, culture);
    }

    /// <summary>The step is overdue; with <paramref name="unreachable"/>, said in the case's chat because that person cannot be reached.</summary>
    public static JsonObject Overdue(CaseSummary summary, CultureInfo culture, string? unreachable = null)
    {
        var body = new JsonArray(
            AdaptiveCard.Text(CardText.Get("ReminderOverdueTitle", culture), bold: true, size: "Medium", color: "Attention"),
            AdaptiveCard.Text(CardText.Get(
                "ReminderOverdue",
                culture,
                AdaptiveCard.Clip(summary.StepTitle, TitleChars),
                CaseName(summary.TemplateName, summary.Subject, culture),
                summary.DueAt is { } due ? CaseTime.When(due, culture) : "")));
        if (summary.AssigneeName is { } assignee)
        {
            body.Add(AdaptiveCard.Text(CardText.Get("CardAssignedTo", culture, AdaptiveCard.Clip(assignee, TitleChars)), size: "Small", subtle: true, spacing: "None"));
        }

        if (unreachable is not null)
        {
            body.Add(AdaptiveCard.Text(CardText.Get("ReminderUnreachable", culture, AdaptiveCard.Clip(unreachable, TitleChars)), color: "Warning"));
        }

        body.Add(OpenButton(summary.CaseId, culture));
        return AdaptiveCard.Create(body);
    }

    /// <summary>The morning overview: the user's open cases with their current step, overdue ones marked, each with "Öffnen".</summary>
    public static JsonObject Digest(IReadOnlyList<CaseSummary> cases, CultureInfo culture, DateTimeOffset now) =>
        ProcessListCard.Fit(count => detail => RenderDigest(cases, count, culture, now, detail), cases.Count);

    /// <summary>Told to the case's chat when someone else finished the case elsewhere.</summary>
    public static JsonObject Finished(CaseState state, CultureInfo culture) =>
        Notice(
            CardText.Get(
                "ReminderFinished",
                culture,
                CaseName(state.TemplateName, state.Subject, culture),
                AdaptiveCard.Clip(state.ClosedBy?.Name ?? "", TitleChars),
                state.ClosedAt is { } at ? CaseTime.When(at, culture) : ""),
            state.Id,
            culture);

    private static JsonObject RenderDigest(IReadOnlyList<CaseSummary> cases, int count, CultureInfo culture, DateTimeOffset now, CardDetail detail)
    {
        var chars = detail switch { CardDetail.Full => 200, CardDetail.Compact => 80, _ => 40 };
        var body = new JsonArray(
            AdaptiveCard.Text(CardText.Get("ReminderDigestTitle", culture), bold: true, size: "Large"),
            AdaptiveCard.Text(CardText.Get("ReminderDigestSummary", culture, cases.Count, cases.Count(c => c.IsOverdue(now))), subtle: true));
        foreach (var summary in cases.OrderByDescending(c => c.IsOverdue(now)).ThenBy(c => c.DueAt ?? DateTimeOffset.MaxValue).Take(count))
        {
            var overdue = summary.IsOverdue(now);
            var items = new JsonArray(AdaptiveCard.Text(CaseName(summary.TemplateName, summary.Subject, culture, chars), bold: true));
            if (summary.StepTitle is { } step)
            {
                items.Add(AdaptiveCard.Text(CardText.Get("CardCaseStep", culture, summary.StepNumber, summary.StepCount, AdaptiveCard.Clip(step, chars)), spacing: "None"));
            }

            if (summary.DueAt is { } due)
            {
                items.Add(AdaptiveCard.Text(CardText.Get(overdue ? "CardOverdue" : "CardDueOn", culture, CaseTime.When(due, culture)), size: "Small", spacing: "None", color: overdue ? "Attention" : null, subtle: !overdue));
            }

            items.Add(OpenButton(summary.CaseId, culture));
            body.Add(AdaptiveCard.Container(items, style: overdue ? "attention" : null, separator: true));
        }

        if (count < cases.Count)
        {
            body.Add(AdaptiveCard.Text(CardText.Get("CardMoreCases", culture, cases.Count - count), subtle: true));
        }

        return AdaptiveCard.Create(body);
    }

    private static JsonObject Notice(string text, string caseId, CultureInfo culture) =>
        AdaptiveCard.Create([AdaptiveCard.Text(text, bold: true), OpenButton(caseId, culture)]);

    private static JsonObject OpenButton(string caseId, CultureInfo culture) =>
        AdaptiveCard.Actions(AdaptiveCard.Execute(CardText.Get("ReminderOpen", culture), ActionVerbs.Open, ActionData.ForCase(caseId), withInputs: false));

    private static string CaseName(string templateName, string subject, CultureInfo culture, int chars = TitleChars) =>
        CardText.Get("CardCaseTitle", culture, AdaptiveCard.Clip(templateName, chars), AdaptiveCard.Clip(subject, chars));
}

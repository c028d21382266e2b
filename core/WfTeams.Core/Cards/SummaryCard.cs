using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Cards;

/// <summary>The end of a case (finished or cancelled): what was done by whom, the decisions, the data and what stayed open.</summary>
public static class SummaryCard
{
    /// <param name="reportUrl">Where the case report (Fallbericht) can be downloaded, when the host offers it.</param>
    public static JsonObject Build(CaseState state, ProcessTemplate template, CultureInfo culture, Uri? reportUrl = null)
    {
        var report = CaseReport.Of(state, template);
        return CardSize.Fit(detail => Render(state, template, report, culture, detail, reportUrl));
    }

    private static JsonObject Render(CaseState state, ProcessTemplate template, CaseReport report, CultureInfo culture, CardDetail detail, Uri? reportUrl)
    {
        var done = report.Steps.Count(l => l.Outcome is CaseReport.StepOutcome.Completed or CaseReport.StepOutcome.Skipped);
        var title = state.Status == CaseStatus.Cancelled ? "CardSummaryCancelled" : state.IsOpen ? "CardSummaryOpen" : "CardSummaryFinished";
        var body = new JsonArray(
            AdaptiveCard.Text(CardText.Get(title, culture), color: state.Status == CaseStatus.Cancelled ? "Warning" : "Good", bold: true),
            AdaptiveCard.Text(AdaptiveCard.Clip(state.Subject, 200), bold: true, size: "Large", spacing: "None"),
            AdaptiveCard.Facts(StatusCard.Facts(state, template, culture, done)));
        foreach (var node in CaseHistory.Render(report, culture, detail, openItems: true))
        {
            body.Add(node);
        }

        JsonArray actions = reportUrl is null ? [] : [new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = CardText.Get("CardReport", culture), ["url"] = reportUrl.AbsoluteUri }];
        return AdaptiveCard.Create(body, actions);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Cards;

/// <summary>The steps a case went through, for the status and summary cards: who, when, decision, captured data.</summary>
internal static class CaseHistory
{
    public static IEnumerable<JsonNode> Render(CaseReport report, CultureInfo culture, CardDetail detail, bool openItems)
    {
        var lines = report.Steps.Where(l => l.Outcome is CaseReport.StepOutcome.Completed or CaseReport.StepOutcome.Skipped).ToList();
        var shown = detail == CardDetail.Minimal ? lines.TakeLast(12).ToList() : lines;
        var chars = detail switch { CardDetail.Full => 200, CardDetail.Compact => 80, _ => 40 };
        if (lines.Count > 0)
        {
            yield return AdaptiveCard.Text(CardText.Get("CardHistory", culture), bold: true, spacing: "Medium");
        }

        if (shown.Count < lines.Count)
        {
            yield return AdaptiveCard.Text(CardText.Get("CardEarlierSteps", culture, lines.Count - shown.Count), subtle: true, size: "Small");
        }

        foreach (var line in shown)
        {
            var items = new JsonArray(AdaptiveCard.Text(CardText.Get("CardHistoryStep", culture, line.Number, AdaptiveCard.Clip(line.Step.Title, chars)), bold: true));
            var who = line.By is { } by && line.At is { } at
                ? CardText.Get(line.Outcome == CaseReport.StepOutcome.Skipped ? "CardSkippedBy" : "CardCompletedBy", culture, AdaptiveCard.Clip(by.Name, chars), CaseTime.When(at, culture), AdaptiveCard.Clip(line.SkipReason, chars))
                : "";
            items.Add(AdaptiveCard.Text(who, subtle: true, size: "Small", spacing: "None"));
            if (detail != CardDetail.Minimal)
            {
                var facts = new List<(string, string)>();
                if (line.Decision is { } decision)
                {
                    facts.Add((AdaptiveCard.Clip(line.Step.Decision!.Question, chars), AdaptiveCard.Clip(decision, chars)));
                }

                if (detail == CardDetail.Full)
                {
                    facts.AddRange(line.Captured.Select(c => (AdaptiveCard.Clip(c.Label, chars), AdaptiveCard.Clip(CapturedValue.Display(line.Step.Fields.First(f => f.Id == c.FieldId), c.Value, culture), 300))));
                }

                if (facts.Count > 0)
                {
                    items.Add(AdaptiveCard.Facts(facts));
                }
            }

            if (openItems && detail != CardDetail.Minimal && line.OpenItems.Count > 0)
            {
                items.Add(AdaptiveCard.Text(CardText.Get("CardOpenItems", culture, string.Join("; ", line.OpenItems.Select(i => AdaptiveCard.Clip(i, chars)))), color: "Warning", size: "Small"));
            }

            yield return AdaptiveCard.Container(items, separator: true);
        }
    }
}

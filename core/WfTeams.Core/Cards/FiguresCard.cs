using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Insights;

namespace WfTeams.Core.Cards;

/// <summary>
/// "kennzahlen ‹Prozess› [Zeitraum]": the key figures, the KPIs' actuals beside their targets (green/amber/red), the three
/// slowest steps as a bar chart drawn with columns (renders in every Teams client), the time per step as a PNG the host
/// serves (<see cref="FigureChart"/>, when it offers a link) and where open cases wait now.
/// Aggregates only: no subject, no name.
/// </summary>
public static class FiguresCard
{
    public const int MaxKpis = 20;
    public const int MaxWaiting = 5;

    /// <param name="chart">The PNG of <see cref="FigureChart"/> the host serves (a signed link); shown under the slowest steps when there are step times.</param>
    public static JsonObject Build(ProcessFigures figures, CultureInfo culture, Uri? chart = null)
    {
        var body = new JsonArray(
            AdaptiveCard.Text(CardText.Get("FiguresTitle", culture, AdaptiveCard.Clip(figures.Name, 150)), bold: true, size: "Large"),
            AdaptiveCard.Text(CardText.Get("FiguresPeriod", culture, Month(figures.Period.First, culture), Month(figures.Period.Last, culture), Runs.CaseTime.Day(figures.At, culture)), subtle: true, size: "Small", spacing: "None"),
            AdaptiveCard.Facts(
            [
                (CardText.Get("FiguresStarted", culture), figures.Started.ToString("N0", culture)),
                (CardText.Get("FiguresFinished", culture), figures.Finished.ToString("N0", culture)),
                (CardText.Get("FiguresCancelled", culture), figures.Cancelled.ToString("N0", culture)),
                (CardText.Get("FiguresOpen", culture), figures.Open.ToString("N0", culture)),
                (CardText.Get("FiguresLeadTime", culture), CardText.Get("FiguresMedianP90", culture, Duration(figures.LeadMedian, culture), Duration(figures.LeadP90, culture))),
            ]));

        if (figures.Kpis.Count > 0)
        {
            body.Add(Heading(CardText.Get("FiguresKpis", culture)));
            body.Add(Row(Small(CardText.Get("FiguresKpi", culture), bold: true), Small(CardText.Get("FiguresTarget", culture), bold: true), Small(CardText.Get("FiguresActual", culture), bold: true)));
            foreach (var kpi in figures.Kpis.Take(MaxKpis))
            {
                body.Add(Row(Small(AdaptiveCard.Clip(kpi.Kpi.Name, 80)), Small(AdaptiveCard.Clip(kpi.Kpi.Target, 80)), Actual(kpi, culture)));
            }

            if (figures.Kpis.Count > MaxKpis)
            {
                body.Add(AdaptiveCard.Text(CardText.Get("FiguresMore", culture, figures.Kpis.Count - MaxKpis), subtle: true, size: "Small"));
            }
        }

        var slowest = figures.Slowest(3);
        if (slowest.Count > 0)
        {
            body.Add(Heading(CardText.Get("FiguresSlowest", culture)));
            var longest = slowest.Max(s => s.MedianCurrent!.Value.TotalHours);
            foreach (var step in slowest)
            {
                body.Add(AdaptiveCard.Text(AdaptiveCard.Clip(step.Title, 100), size: "Small", spacing: "Small"));
                body.Add(Bar(step.MedianCurrent!.Value.TotalHours / Math.Max(longest, 1e-9), step.OverdueRate > 0.25 ? "attention" : "accent",
                    CardText.Get("FiguresStepLine", culture, Duration(step.MedianCurrent, culture), Duration(step.P90Current, culture), Percent(step.OverdueRate, culture))));
            }

            if (chart is not null)
            {
                body.Add(new JsonObject
                {
                    ["type"] = "Image",
                    ["url"] = chart.AbsoluteUri,
                    ["altText"] = CardText.Get("FiguresChartAlt", culture),
                    ["size"] = "Stretch",
                    ["spacing"] = "Medium",
                });
            }
        }

        body.Add(Heading(CardText.Get("FiguresWaiting", culture)));
        var waiting = figures.WaitingNow;
        body.Add(waiting.Count == 0
            ? AdaptiveCard.Text(CardText.Get("FiguresNoneWaiting", culture), subtle: true, size: "Small")
            : AdaptiveCard.Facts(waiting.Take(MaxWaiting).Select(s => (AdaptiveCard.Clip(s.Title, 80), CardText.Get("FiguresWaitingLine", culture, s.Waiting, Duration(s.MeanWait, culture))))));
        return AdaptiveCard.Create(body);
    }

    /// <summary>"12 h", "3,5 Tage": hours below two days, days from there; "–" when nothing was measured.</summary>
    public static string Duration(TimeSpan? duration, CultureInfo culture) => duration switch
    {
        null => "–",
        { TotalHours: < 48 } d => CardText.Get("FiguresHours", culture, Math.Round(d.TotalHours, 0)),
        { } d => CardText.Get("FiguresDays", culture, Math.Round(d.TotalDays, 1)),
    };

    public static string Percent(double? rate, CultureInfo culture) => rate is { } r ? r.ToString("P0", culture) : "–";

    public static string Color(KpiStatus status) => status switch
    {
        KpiStatus.Green => "Good",
        KpiStatus.Amber => "Warning",
        KpiStatus.Red => "Attention",
        _ => "Default",
    };

    private static JsonObject Actual(KpiFigure kpi, CultureInfo culture) => kpi.Status switch
    {
        KpiStatus.NotMeasured => Small(CardText.Get("FiguresNotMeasured", culture), subtle: true),
        KpiStatus.NoData => Small(CardText.Get("FiguresNoData", culture), subtle: true),
        _ => Small(CardText.Get("FiguresActualValue", culture, kpi.Actual!.Value.ToString("N", culture).TrimEnd('0').TrimEnd(culture.NumberFormat.NumberDecimalSeparator[0]), CardText.Get("FiguresStatus" + kpi.Status, culture)), bold: true, color: Color(kpi.Status)),
    };

    private static string Month(DateOnly month, CultureInfo culture) => month.ToString("MMM yyyy", culture);

    private static JsonObject Heading(string text) => AdaptiveCard.Text(text, bold: true, spacing: "Medium");

    private static JsonObject Small(string text, bool bold = false, bool subtle = false, string? color = null) =>
        AdaptiveCard.Text(text, bold: bold, size: "Small", color: color, subtle: subtle);

    private static JsonObject Row(params JsonObject[] cells) => new()
    {
        ["type"] = "ColumnSet",
        ["spacing"] = "Small",
        ["columns"] = new JsonArray(cells.Select((c, i) => (JsonNode)new JsonObject { ["type"] = "Column", ["width"] = i == 0 ? 3 : 2, ["items"] = new JsonArray(c) }).ToArray()),
    };

    /// <summary>A horizontal bar of <paramref name="share"/> (0..1) of the width, with its label beside it: a chart without an image.</summary>
    private static JsonObject Bar(double share, string style, string label)
    {
        var filled = Math.Clamp((int)Math.Round(share * 60), 1, 60);
        JsonNode Cell(int width, string? cellStyle) => new JsonObject
        {
            ["type"] = "Column",
            ["width"] = width,
            ["minHeight"] = "12px",
        }.Also(c => { if (cellStyle is not null) c["style"] = cellStyle; });
        var columns = new JsonArray(Cell(filled, style));
        if (filled < 60)
        {
            columns.Add(Cell(60 - filled, null));
        }

        columns.Add(new JsonObject { ["type"] = "Column", ["width"] = 40, ["items"] = new JsonArray(Small(label)) });
        return new JsonObject { ["type"] = "ColumnSet", ["spacing"] = "None", ["columns"] = columns };
    }

    private static JsonObject Also(this JsonObject node, Action<JsonObject> change)
    {
        change(node);
        return node;
    }
}

using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Documents;

/// <summary>The quality report's sections, in order: title, overview, key figures, KPIs, chart, steps, paths, loops, cancellation reasons.</summary>
internal static class QualityReportSections
{
    /// <summary>The chart's width in EMU: the text width (twips × 635).</summary>
    private const long ChartWidth = WordWriter.TextWidth * 635L;

    public static void TitleBlock(WordWriter w, ProcessFigures figures, ProfileText text)
    {
        w.Paragraph(ProfileStyles.Title, figures.Name);
        w.Paragraph(ProfileStyles.Subtitle, $"{text["QualityTitle"]} · {Period(figures, text)}");
    }

    public static void Overview(WordWriter w, ProcessFigures figures, ProfileText text, DateOnly asOf)
    {
        ProfileSections.Heading(w, text["QualityOverview"]);
        w.StartTable([0.3, 0.7], null, firstColumn: true);
        Pair(w, text["QualityProcess"], figures.Name);
        Pair(w, text["QualityVersions"], figures.Version is { } only ? text.Number(only)
            : figures.Versions.Count == 0 ? "–" : string.Join(", ", figures.Versions.Select(text.Number)));
        Pair(w, text["QualityPeriod"], Period(figures, text));
        Pair(w, text["QualityAsOf"], $"{text.Date(asOf)} {CaseTime.Local(figures.At):HH:mm}");
        w.EndTable();
    }

    public static void KeyFigures(WordWriter w, ProcessFigures figures, ProfileText text)
    {
        ProfileSections.Heading(w, text["QualityKeyFigures"]);
        if (figures.IsEmpty)
        {
            w.Paragraph(null, text["QualityNoCases"]);
            return;
        }

        w.StartTable([0.5, 0.5], null, firstColumn: true);
        Pair(w, text["FiguresStarted"], text.Count(figures.Started));
        Pair(w, text["FiguresFinished"], text.Count(figures.Finished));
        Pair(w, text["FiguresCancelled"], text.Count(figures.Cancelled));
        Pair(w, text["FiguresOpen"], text.Count(figures.Open));
        Pair(w, text["QualityLeadMedian"], text.Span(figures.LeadMedian));
        Pair(w, text["QualityLeadP90"], text.Span(figures.LeadP90));
        w.EndTable();
    }

    public static void Kpis(WordWriter w, ProcessFigures figures, ProfileText text)
    {
        if (figures.Kpis.Count == 0)
        {
            return;
        }

        ProfileSections.Heading(w, text["FiguresKpis"]);
        w.StartTable([0.3, 0.3, 0.2, 0.2], [text["FiguresKpi"], text["FiguresTarget"], text["FiguresActual"], text["QualityKpiStatus"]]);
        foreach (var kpi in figures.Kpis)
        {
            w.StartRow(cantSplit: true);
            w.TextCell(kpi.Kpi.Name);
            w.TextCell(kpi.Kpi.Target);
            w.TextCell(Actual(kpi, text));
            w.StartCell();
            w.StartParagraph(ProfileStyles.TableText);
            w.Run(Status(kpi.Status, text), bold: kpi.Status is KpiStatus.Green or KpiStatus.Amber or KpiStatus.Red, color: ProfileSections.StatusColor(kpi.Status));
            w.EndParagraph();
            w.EndCell();
            w.EndRow();
        }

        w.EndTable();
    }

    public static void Chart(WordWriter w, ProcessFigures figures, ProfileText text)
    {
        ProfileSections.Heading(w, text["QualityChart"]);
        var height = ChartWidth * FigureChart.Height(figures) / FigureChart.Width;
        w.Picture(ChartWidth, height, text["ChartTitle"]);
        w.Paragraph(null, text["QualityChartCaption"]);
    }

    public static void Steps(WordWriter w, ProcessFigures figures, ProfileText text)
    {
        ProfileSections.Heading(w, text["QualitySteps"]);
        if (figures.Steps.Count == 0)
        {
            w.Paragraph(null, text["QualityNone"]);
            return;
        }

        w.StartTable([0.34, 0.14, 0.14, 0.14, 0.24], [text["QualityStep"], text["QualityMedian"], text["QualityP90"], text["QualityOverdue"], text["QualityWaiting"]]);
        foreach (var step in figures.Steps)
        {
            w.StartRow(cantSplit: true);
            w.TextCell(step.Title);
            w.TextCell(text.Span(step.MedianCurrent));
            w.TextCell(text.Span(step.P90Current));
            w.TextCell(text.Percent(step.OverdueRate));
            w.TextCell(step.Waiting == 0 ? "–" : text.Format("QualityWaitingValue", text.Count(step.Waiting), text.Span(step.MeanWait)));
            w.EndRow();
        }

        w.EndTable();
    }

    public static void Variants(WordWriter w, ProcessFigures figures, ProcessTemplate template, ProfileText text)
    {
        ProfileSections.Heading(w, text["QualityVariants"]);
        if (figures.Variants.Count == 0)
        {
            w.Paragraph(null, text["QualityNone"]);
            return;
        }

        w.StartTable([0.56, 0.26, 0.18], [text["QualityVariant"], text["QualityCases"], text["QualityShare"]]);
        foreach (var variant in figures.Variants)
        {
            w.StartRow(cantSplit: true);
            w.TextCell(Path(variant.Path, template, text));
            w.TextCell(text.Count(variant.Cases));
            w.TextCell(text.Percent(variant.Share));
            w.EndRow();
        }

        w.EndTable();
    }

    public static void Loops(WordWriter w, ProcessFigures figures, ProcessTemplate template, ProfileText text)
    {
        ProfileSections.Heading(w, text["QualityLoops"]);
        Counts(w, figures.Loops.Select(l => (Loop(l.Name, template), l.Times)).ToList(), text["QualityLoop"], text);
    }

    public static void CancelReasons(WordWriter w, ProcessFigures figures, ProfileText text)
    {
        ProfileSections.Heading(w, text["QualityCancelReasons"]);
        Counts(w, figures.CancelReasons.Select(c => (c.Name, c.Times)).ToList(), text["QualityReason"], text);
    }

    private static void Counts(WordWriter w, IReadOnlyList<(string Name, long Times)> counts, string label, ProfileText text)
    {
        if (counts.Count == 0)
        {
            w.Paragraph(null, text["QualityNone"]);
            return;
        }

        w.StartTable([0.8, 0.2], [label, text["QualityTimes"]]);
        foreach (var (name, times) in counts)
        {
            w.StartRow(cantSplit: true);
            w.TextCell(name);
            w.TextCell(text.Count(times));
            w.EndRow();
        }

        w.EndTable();
    }

    private static string Period(ProcessFigures figures, ProfileText text) =>
        figures.Period.First == figures.Period.Last ? text.Month(figures.Period.First) : text.Format("QualityPeriodValue", text.Month(figures.Period.First), text.Month(figures.Period.Last));

    /// <summary>"suche:gefunden > besichtigung:ja" as "Standortsuche: Ja → Standortbesichtigung: Ja"; ids the template no longer has as they are.</summary>
    private static string Path(string path, ProcessTemplate template, ProfileText text)
    {
        if (path.Length == 0)
        {
            return text["QualityNoDecision"];
        }

        return string.Join(" → ", path.Split(" > ").Select(part =>
        {
            var (stepId, answer) = part.IndexOf(':', StringComparison.Ordinal) is var at and >= 0 ? (part[..at], part[(at + 1)..]) : (part, "");
            var step = template.Steps.FirstOrDefault(s => s.Id == stepId);
            var label = step?.Decision?.Options.FirstOrDefault(o => o.Id == answer)?.Label ?? answer;
            return $"{step?.Title ?? stepId}: {label}";
        }));
    }

    private static string Loop(string loop, ProcessTemplate template) =>
        string.Join(" → ", loop.Split(" > ").Select(id => template.Steps.FirstOrDefault(s => s.Id == id)?.Title ?? id));

    private static string Actual(KpiFigure kpi, ProfileText text) => kpi.Status switch
    {
        KpiStatus.NotMeasured => text["FiguresNotMeasured"],
        KpiStatus.NoData => text["FiguresNoData"],
        _ => ProfileSections.Value(kpi.Actual!.Value, text),
    };

    private static string Status(KpiStatus status, ProfileText text) => status switch
    {
        KpiStatus.NotMeasured or KpiStatus.NoData => "–",
        _ => text["FiguresStatus" + status],
    };

    private static void Pair(WordWriter w, string label, string value)
    {
        w.StartRow();
        w.LabelCell(label);
        w.TextCell(value);
        w.EndRow();
    }
}

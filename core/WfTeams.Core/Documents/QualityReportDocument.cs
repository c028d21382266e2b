using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Documents;

/// <summary>
/// The quality report (Qualitätsbericht) of one process and period as a Word document: process, versions, period and
/// date; the key figures; the KPIs with target, actual and status; a chart of the time per step (a picture, rasterised
/// from <see cref="FigureChart"/>); the steps, the paths through the decisions, loops and cancellation reasons.
/// Same styles, page frame and corporate design as the Prozesssteckbrief. A period without cases gives a document
/// that says so. Aggregates only: no subject, no name.
/// </summary>
public static class QualityReportDocument
{
    /// <summary>The whole document in memory: a caller writes or sends it at once or not at all.</summary>
    public static byte[] Create(ProcessFigures figures, ProcessTemplate template, DocumentOptions? options = null)
    {
        options ??= new DocumentOptions();
        var text = new ProfileText(options.Culture);
        var asOf = DateOnly.FromDateTime(CaseTime.Local(figures.At).DateTime);
        var chart = !figures.IsEmpty && FigureChart.Steps(figures).Count > 0 ? Chart(figures, options.Culture) : null;

        return WordPackage.Create(
            options,
            text,
            width => PageFrame.HeaderLine(template, options, width),
            width => PageFrame.FooterLine(template, text, asOf, width),
            properties => Describe(properties, figures, template, options, text),
            w =>
            {
                QualityReportSections.TitleBlock(w, figures, text);
                QualityReportSections.Overview(w, figures, text, asOf);
                QualityReportSections.KeyFigures(w, figures, text);
                QualityReportSections.Kpis(w, figures, text);
                if (figures.IsEmpty)
                {
                    return;
                }

                if (chart is not null)
                {
                    QualityReportSections.Chart(w, figures, text);
                }

                QualityReportSections.Steps(w, figures, text);
                QualityReportSections.Variants(w, figures, template, text);
                QualityReportSections.Loops(w, figures, template, text);
                QualityReportSections.CancelReasons(w, figures, text);
            },
            picture: chart);
    }

    /// <summary>The figures' chart as PNG at twice its size (sharp in print and on high-density screens).</summary>
    public static byte[] Chart(ProcessFigures figures, System.Globalization.CultureInfo culture) => SvgPng.Render(FigureChart.Svg(figures, culture), scale: 2);

    /// <summary>"Qualitätsbericht Ansiedlung 2026-01–2026-12.docx", without characters file systems refuse.</summary>
    public static string FileName(ProcessFigures figures, System.Globalization.CultureInfo culture) =>
        $"{Resources.Messages.Format("QualityFileName", culture)} " + WordPackage.FileName(figures.Name, figures.TemplateId, $" {figures.Period.FirstMonth}–{figures.Period.LastMonth}");

    private static void Describe(CoreProperties properties, ProcessFigures figures, ProcessTemplate template, DocumentOptions options, ProfileText text)
    {
        properties.Title = XmlText.Clean($"{text["QualityTitle"]}: {figures.Name}");
        properties.Subject = XmlText.Clean(figures.Name);
        properties.Creator = XmlText.Clean(options.Organisation ?? template.Owner);
        properties.Keywords = text["QualityKeywords"];
        properties.Version = template.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        properties.Language = text.LanguageTag;
        properties.Created = figures.At.UtcDateTime;
        properties.Modified = figures.At.UtcDateTime;
    }
}

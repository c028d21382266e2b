using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WfTeams.Core.Documents;
using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Testing;
using static WfTeams.Core.Tests.Insights.InsightCaseSet;

namespace WfTeams.Core.Tests.Documents;

/// <summary>The quality report from the six hand-computed cases (<see cref="Insights.InsightCaseSet"/>): valid Word, the figures where they belong, an empty period said in words.</summary>
public sealed class QualityReportDocumentTests
{
    private static readonly ProcessTemplate Template = InsightFixture.Template();

    internal static async Task<ProcessFigures> FiguresAsync(string period = "2026")
    {
        var book = new FigureBook();
        foreach (var script in await WalkAsync(new MemoryCaseDriver(Template), "tenant-quality"))
        {
            book.Apply(script.State.Id, new CaseProgress(), script.Events, Template);
        }

        return book.Figures(Template, FigurePeriod.Parse(period, Now)!, Now);
    }

    /// <summary>Each table row as its cells' text joined by "|", spaces of every kind as one.</summary>
    internal static List<string> Rows(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Select(r => string.Join("|", r.Elements<TableCell>().Select(c => c.InnerText.Replace('\u00A0', ' ').Replace('\u202F', ' '))))];
    }

    [Theory]
    [InlineData("de", false)]
    [InlineData("en", true)]
    public async Task Create_FixtureFigures_NoValidatorErrorsAndTheChartAsPng(string language, bool styled)
    {
        var figures = await FiguresAsync();

        var docx = QualityReportDocument.Create(figures, Template, ProfileDocumentTests.Options(language, styled));

        Assert.Empty(ProfileInspection.ValidationErrors(docx));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var drawing = document.MainDocumentPart!.Document!.Body!.Descendants<Drawing>().Single();
        var blip = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
        var png = ReadAll((ImagePart)document.MainDocumentPart.GetPartById(blip.Embed!.Value!));
        Assert.Equal(QualityReportDocument.Chart(figures, CultureInfo.GetCultureInfo(language)), png);
        Assert.Equal("PNG"u8.ToArray(), png[1..4]);
    }

    [Fact]
    public async Task Create_FixtureFigures_KeyFiguresKpisStepsPathsLoopsAndReasonsAsComputedByHand()
    {
        var docx = QualityReportDocument.Create(await FiguresAsync(), Template);
        var rows = Rows(docx);
        var text = ProfileInspection.BodyText(docx);

        Assert.Contains("Qualitätsbericht · Januar 2026 bis Dezember 2026", text);
        Assert.Contains("Version(en)|1", rows);
        Assert.Contains("Stand|10.03.2026 17:00", rows);
        // 6 started, 3 finished, 1 cancelled, 2 open; lead times 53, 82, 132 h: median 82 h, p90 132 h.
        Assert.Contains("Gestartet|6", rows);
        Assert.Contains("Abgeschlossen|3", rows);
        Assert.Contains("Abgebrochen|1", rows);
        Assert.Contains("Offen (jetzt)|2", rows);
        Assert.Contains("Durchlaufzeit (Median)|3,4 Tage", rows);
        Assert.Contains("Durchlaufzeit (90 % binnen)|5,5 Tage", rows);
        // KPIs: 70 jobs against 120 a year (red), 2 contracts against 2 (green), 23.33 against at most 22 (amber), one not measured.
        Assert.Contains("Neue Arbeitsplätze|mind. 120 pro Jahr|70|verfehlt", rows);
        Assert.Contains("Ansiedlungen|mind. 2 pro Jahr|2|erreicht", rows);
        Assert.Contains("Arbeitsplätze je Ansiedlung|höchstens 22|23,33|knapp verfehlt", rows);
        Assert.Contains("Zufriedenheit|mind. 80 % zufrieden|nicht automatisch gemessen|–", rows);
        // Steps: site search 10 h median, 50 h p90, half of them late, one case waiting for 191 h (8 days).
        Assert.Contains("Standortsuche|10 Std.|2,1 Tage|50 %|1 (seit Ø 8 Tage)", rows);
        Assert.Contains("Anfrage erfassen|1 Std.|3 Std.|0 %|1 (seit Ø 7,9 Tage)", rows);
        Assert.Contains("Standortsuche: Nein|1|33 %", rows);
        Assert.Contains(rows, r => r.StartsWith("Standortsuche: Ja → Standortbesichtigung: ", StringComparison.Ordinal) && r.EndsWith("|1|33 %", StringComparison.Ordinal));
        Assert.Contains("Standortbesichtigung → Standortsuche|1", rows);
        Assert.Contains("Unternehmen hat abgesagt|1", rows);
        Assert.DoesNotContain("Keine Fälle im Zeitraum.", text);
        // Aggregates only: no subject of a case.
        Assert.DoesNotContain("A GmbH", text);
    }

    [Theory]
    [InlineData("de", "Keine Fälle im Zeitraum.", "nicht automatisch gemessen")]
    [InlineData("en", "No cases in the period.", "not measured automatically")]
    public void Create_NoCasesAtAll_SaysSoAndStaysValid(string language, string sentence, string notMeasured)
    {
        var empty = new FigureBook().Figures(Template, FigurePeriod.Parse("2025", Now)!, Now);

        var docx = QualityReportDocument.Create(empty, Template, ProfileDocumentTests.Options(language, styled: false));

        Assert.Empty(ProfileInspection.ValidationErrors(docx));
        var text = ProfileInspection.BodyText(docx);
        Assert.Contains(sentence, text);
        Assert.Contains(notMeasured, text);
        Assert.DoesNotContain(Rows(docx), r => r.StartsWith("Standortsuche|", StringComparison.Ordinal));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(document.MainDocumentPart!.ImageParts);
    }

    [Fact]
    public void Create_HostileTemplateTexts_StayValid()
    {
        var hostile = HostileTemplates.Everything();
        var book = new FigureBook();
        var figures = book.Figures(hostile, FigurePeriod.Parse("2026", Now)!, Now) with { Name = "Bad\u0001\uD800 <&> name" };

        var docx = QualityReportDocument.Create(figures, hostile, ProfileDocumentTests.Options("de", styled: true));

        Assert.Empty(ProfileInspection.ValidationErrors(docx));
        Assert.EndsWith(".docx", QualityReportDocument.FileName(figures, CultureInfo.GetCultureInfo("de")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_FixtureFigures_OneBarPairPerMeasuredStepAndParsesAsXml()
    {
        var figures = await FiguresAsync();

        var svg = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(FigureChart.Svg(figures, CultureInfo.GetCultureInfo("de"))));

        var measured = figures.Steps.Count(s => s.MedianCurrent is not null);
        Assert.Equal(5, measured);
        Assert.Equal(1 + (2 * measured), svg.Root!.Elements().Count(e => e.Name.LocalName == "rect"));
        Assert.Contains(svg.Root.Elements(), e => e.Value == "Standortsuche");
    }

    private static byte[] ReadAll(ImagePart part)
    {
        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

using WfTeams.Core.Documents;
using WfTeams.Core.Insights;
using WfTeams.Testing;
using static WfTeams.Core.Tests.Documents.ProfileRenderingTests;
using static WfTeams.Core.Tests.Insights.InsightCaseSet;

namespace WfTeams.Core.Tests.Documents;

/// <summary>LibreOffice opens quality reports and converts them to PDF: the text has the process, every measured step and the chart picture; an empty period its sentence.</summary>
public sealed class QualityReportRenderingTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wfteams-quality-render-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Render_FixtureAndEmptyPeriod_TextPictureAndNoCasesSentence()
    {
        var template = InsightFixture.Template();
        var figures = await QualityReportDocumentTests.FiguresAsync();
        var empty = new FigureBook().Figures(template, FigurePeriod.Parse("2025", Now)!, Now);
        var full = Path.Combine(_folder.FullName, "quality-de.docx");
        var none = Path.Combine(_folder.FullName, "quality-empty-en.docx");
        await File.WriteAllBytesAsync(full, QualityReportDocument.Create(figures, template, ProfileDocumentTests.Options("de", styled: false)));
        await File.WriteAllBytesAsync(none, QualityReportDocument.Create(empty, template, ProfileDocumentTests.Options("en", styled: false)));

        var output = Path.Combine(_folder.FullName, "out");
        await RunAsync("bash", [Path.Combine(Azurite.RepositoryRoot(), "tools", "render-docx.sh"), output, full, none], environment: ("RESOLUTION", "20"));

        var text = Normal(await RunAsync("pdftotext", [Path.Combine(output, "quality-de.pdf"), "-"]));
        Assert.Contains(Normal(template.Name), text);
        Assert.Contains(Normal("Qualitätsbericht"), text);
        foreach (var step in figures.Steps.Where(s => s.MedianCurrent is not null))
        {
            Assert.True(text.Contains(Normal(step.Title), StringComparison.Ordinal), $"no step \"{step.Title}\"");
        }

        // pdfimages lists one line per picture after two header lines; without a design the chart is the only picture.
        var images = (await RunAsync("pdfimages", ["-list", Path.Combine(output, "quality-de.pdf")])).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(images.Length >= 3, string.Join('\n', images));

        var emptyText = Normal(await RunAsync("pdftotext", [Path.Combine(output, "quality-empty-en.pdf"), "-"]));
        Assert.Contains(Normal("No cases in the period."), emptyText);
        Assert.Contains(Normal("Quality report"), emptyText);
    }
}

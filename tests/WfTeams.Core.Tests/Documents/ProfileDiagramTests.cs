using Blip = DocumentFormat.OpenXml.Drawing.Blip;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SkiaSharp;
using WfTeams.Core.Documents;
using WfTeams.Testing;
using static WfTeams.Core.Tests.Documents.ProfileEditing;

namespace WfTeams.Core.Tests.Documents;

/// <summary><c>Profile:Diagram</c>: the process diagram as a picture on a landscape page of its own after the table flowchart.</summary>
public sealed class ProfileDiagramTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wfteams-diagram-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static DocumentOptions Options(string language, bool styled, bool diagram) => ProfileDocumentTests.Options(language, styled) with { Diagram = diagram };

    [Theory]
    [InlineData("ansiedlung", "de", false)]
    [InlineData("bestandskundenbetreuung", "en", true)]
    [InlineData("hostile", "de", true)]
    [InlineData("minimal", "en", false)]
    public async Task Create_DiagramOn_ValidPicturePartShownOnALandscapePageAfterTheFlowchart(string name, string language, bool styled)
    {
        var template = await ProfileDocumentTests.TemplateAsync(name);

        var docx = ProfileDocument.Create(template, Options(language, styled, diagram: true));

        Assert.Empty(ProfileInspection.ValidationErrors(docx));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        var image = Assert.Single(main.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        using (var bitmap = SKBitmap.Decode(image.GetStream()))
        {
            Assert.True(bitmap.Width > 100 && bitmap.Height > 100, $"{bitmap.Width}×{bitmap.Height}");
        }

        var body = main.Document!.Body!;
        var blip = Assert.Single(body.Descendants<Blip>());
        Assert.Same(image, main.GetPartById(blip.Embed!.Value!));
        var picture = blip.Ancestors<Paragraph>().Single();
        var headings = ProfileInspection.Headings(docx);
        var diagramHeading = language == "en" ? "Process diagram" : "Ablaufdiagramm";
        Assert.Equal(headings.IndexOf(language == "en" ? "Process flow" : "Ablaufübersicht") + 1, headings.IndexOf(diagramHeading));

        // Its section: begun by a break with the portrait page before it, ended by the landscape one after it.
        var paragraphs = body.Elements<Paragraph>().ToList();
        var at = paragraphs.IndexOf(picture);
        var before = paragraphs[at - 2].ParagraphProperties?.SectionProperties;
        var after = paragraphs[at + 1].ParagraphProperties?.SectionProperties;
        Assert.Equal(diagramHeading, ProfileInspection.Text(paragraphs[at - 1]));
        Assert.Null(before?.GetFirstChild<PageSize>()!.Orient);
        Assert.Equal(PageOrientationValues.Landscape, after?.GetFirstChild<PageSize>()!.Orient!.Value);
        var size = after!.GetFirstChild<PageSize>()!;
        Assert.True(size.Width!.Value > size.Height!.Value);

        // As large as the landscape page allows, never beyond it.
        var extent = picture.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Single();
        var margins = after.GetFirstChild<PageMargin>()!;
        Assert.InRange(extent.Cx!.Value, 1, (size.Width.Value - margins.Left!.Value - margins.Right!.Value) * 635L);
        Assert.InRange(extent.Cy!.Value, 1, (size.Height.Value - Math.Abs(margins.Top!.Value) - Math.Abs(margins.Bottom!.Value)) * 635L);
        var description = picture.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single().Description!.Value!;
        Assert.Contains(language == "en" ? "Process diagram of" : "Ablaufdiagramm des Prozesses", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Create_DiagramOff_NoPicturePartNoLandscapePage(bool styled)
    {
        var docx = ProfileDocument.Create(await ProfileDocumentTests.TemplateAsync("ansiedlung"), Options("de", styled, diagram: false));

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(document.MainDocumentPart!.ImageParts);
        Assert.Empty(document.MainDocumentPart.Document!.Body!.Descendants<Blip>());
        Assert.DoesNotContain("Ablaufdiagramm", ProfileInspection.Headings(docx));
        Assert.DoesNotContain(document.MainDocumentPart.Document.Body.Descendants<PageSize>(), s => s.Orient?.Value == PageOrientationValues.Landscape);
    }

    [Fact]
    public async Task Create_DiagramOnFor500Steps_NoPictureButWhyUnderTheHeading()
    {
        var template = await ProfileDocumentTests.TemplateAsync("large");

        var docx = ProfileDocument.Create(template, Options("de", styled: false, diagram: true));

        Assert.Empty(ProfileInspection.ValidationErrors(docx));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(document.MainDocumentPart!.ImageParts);
        Assert.Contains("Ablaufdiagramm", ProfileInspection.Headings(docx));
        Assert.Contains("Mit 500 Schritten ist das Ablaufdiagramm zu groß", ProfileInspection.BodyText(docx), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_UneditedProfileWithDiagram_NoChangesNoNotices()
    {
        var template = await ProfileDocumentTests.TemplateAsync("ansiedlung");

        var reading = Read(ProfileDocument.Create(template, Options("de", styled: false, diagram: true)), template);

        Assert.True(reading.Changes.Count == 0, string.Join("\n", reading.Changes));
        Assert.True(reading.Notices.Count == 0, string.Join("\n", reading.Notices));
        Assert.Empty(reading.Problems);
    }

    [Fact]
    public async Task Render_ProfileWithDiagram_LibreOfficeShowsThePictureOnALandscapePage()
    {
        var template = await ProfileDocumentTests.TemplateAsync("ansiedlung");
        var file = System.IO.Path.Combine(_folder.FullName, "ansiedlung-diagram.docx");
        await File.WriteAllBytesAsync(file, ProfileDocument.Create(template, Options("de", styled: true, diagram: true)));
        var output = System.IO.Path.Combine(_folder.FullName, "out");

        await ProfileRenderingTests.RunAsync("bash", [System.IO.Path.Combine(Azurite.RepositoryRoot(), "tools", "render-docx.sh"), output, file], environment: ("RESOLUTION", "20"));

        var pdf = System.IO.Path.Combine(output, "ansiedlung-diagram.pdf");
        var pages = await ProfileRenderingTests.RunAsync("pdfinfo", ["-f", "1", "-l", "100", pdf]);
        var landscape = pages.Split('\n').Where(l => l.StartsWith("Page ", StringComparison.Ordinal) && l.Contains(" size: ", StringComparison.Ordinal))
            .Select(l => (Page: int.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture), Wide: Wide(l)))
            .Where(p => p.Wide).Select(p => p.Page).ToList();
        var page = Assert.Single(landscape);
        var images = await ProfileRenderingTests.RunAsync("pdfimages", ["-list", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf]);
        Assert.Contains(images.Split('\n').Skip(2), l => l.Trim().Length > 0 && l.Contains("image", StringComparison.Ordinal));
        var text = ProfileRenderingTests.Normal(await ProfileRenderingTests.RunAsync("pdftotext", ["-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, "-"]));
        Assert.Contains("Ablaufdiagramm", text, StringComparison.Ordinal);
    }

    /// <summary>"Page    7 size: 841.89 x 595.28 pts (A4)": wider than high.</summary>
    private static bool Wide(string line)
    {
        var size = line[(line.IndexOf(" size: ", StringComparison.Ordinal) + 7)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return double.Parse(size[0], System.Globalization.CultureInfo.InvariantCulture) > double.Parse(size[2], System.Globalization.CultureInfo.InvariantCulture);
    }
}

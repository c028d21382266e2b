using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Documents;

public sealed class ProfileDocumentTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Values that are shown translated or formatted rather than as written.</summary>
    private static readonly HashSet<string> Formatted = ["status", "category", "direction", "type", "duration", "validFrom", "date", "version"];

    public static TheoryData<string, string, bool> Variants()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var sample in new[] { "ansiedlung", "bestandskundenbetreuung", "large", "hostile", "minimal" })
        {
            foreach (var language in new[] { "de", "en" })
            {
                data.Add(sample, language, false);
                data.Add(sample, language, true);
            }
        }

        return data;
    }

    internal static async Task<ProcessTemplate> TemplateAsync(string name) => name switch
    {
        "large" => TemplateFactory.Large(500),
        "hostile" => HostileTemplates.Everything(),
        "minimal" => TemplateFactory.Minimal(),
        _ => (await TemplateFile.LoadAsync(Path.Combine(Azurite.RepositoryRoot(), "samples", name + ".json"))).Template!,
    };

    internal static DocumentOptions Options(string language, bool styled) => new()
    {
        Culture = language == "en" ? English : German,
        Organisation = "Wirtschaftsförderung Musterstadt",
        Design = styled ? CorporateDesign.FromBytes(DesignFiles.Template(), "haus.dotx") : null,
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Create_AnyTemplateLanguageAndDesign_ValidatesWithoutErrors(string name, string language, bool styled)
    {
        var docx = ProfileDocument.Create(await TemplateAsync(name), Options(language, styled));

        Assert.Empty(ProfileInspection.ValidationErrors(docx));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Create_EveryFilledField_SitsInAContentControlTaggedWithItsPath(string name, string language, bool styled)
    {
        var template = await TemplateAsync(name);
        var fields = ProfileInspection.Fields(ProfileDocument.Create(template, Options(language, styled)));
        var tags = fields.ToLookup(f => f.Path, f => f.Text);

        foreach (var (path, value) in ProfileInspection.FilledLeaves(template))
        {
            Assert.True(tags.Contains(path), $"no content control for {path}");
            if (value.GetValueKind() == JsonValueKind.String && !Formatted.Contains(Key(path)))
            {
                Assert.Equal(Clean(value.GetValue<string>()), Clean(Assert.Single(tags[path])));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Create_EveryContentControlTag_MapsBackToItsField(string name, string language, bool styled)
    {
        var template = await TemplateAsync(name);
        var json = System.Text.Json.Nodes.JsonNode.Parse(TemplateJson.Serialize(template))!;

        var fields = ProfileInspection.Fields(ProfileDocument.Create(template, Options(language, styled)));

        Assert.NotEmpty(fields);
        Assert.All(fields, field => Assert.NotNull(ProfileInspection.Resolve(json, field.Path)));
        Assert.Equal(fields.Count, fields.Select(f => f.Path).Distinct().Count());
    }

    /// <summary>Word repairs a document whose table cell ends in anything but a paragraph; the validator does not notice.</summary>
    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Create_EveryTableCell_EndsWithAParagraph(string name, string language, bool styled)
    {
        var docx = ProfileDocument.Create(await TemplateAsync(name), Options(language, styled));

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var cells = document.MainDocumentPart!.Document!.Body!.Descendants<TableCell>().ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, cell => Assert.IsType<Paragraph>(cell.LastChild));
    }

    [Fact]
    public async Task Create_Sample_HasEverySectionInOrder()
    {
        var docx = ProfileDocument.Create(await TemplateAsync("ansiedlung"));

        Assert.Equal(
            ["Stammdaten", "Ziel", "Auslöser und Eingaben", "Ergebnis und Ausgaben", "Beteiligte und Rollen", "Schnittstellen", "IT-Systeme",
             "Rechtsgrundlagen", "Kennzahlen", "Risiken", "Dokumente", "Ablaufübersicht", "Prozessschritte", "Schritte im Einzelnen", "Änderungshistorie"],
            ProfileInspection.Headings(docx));
    }

    [Fact]
    public async Task Create_English_UsesEnglishLabelsAndDates()
    {
        var docx = ProfileDocument.Create(await TemplateAsync("ansiedlung"), Options("en", false));

        var headings = ProfileInspection.Headings(docx);
        Assert.Equal("Master data", headings[0]);
        Assert.Contains("Process steps", headings);
        Assert.DoesNotContain("Stammdaten", headings);
        Assert.Contains("1 January 2026", ProfileInspection.BodyText(docx));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Equal("en-GB", document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);
    }

    [Fact]
    public void Create_OnlyRequiredFields_HasNoEmptySectionsOrRows()
    {
        var docx = ProfileDocument.Create(TemplateFactory.Minimal());

        Assert.Equal(["Stammdaten", "Ziel", "Auslöser und Eingaben", "Ergebnis und Ausgaben", "Ablaufübersicht", "Prozessschritte"],
            ProfileInspection.Headings(docx));
        Assert.Empty(ProfileInspection.Headings(docx, "Heading2"));
        Assert.Empty(ProfileInspection.Headings(docx, "Heading3"));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.DoesNotContain(body.Descendants<TableRow>().Where(IsDataTable), row => row.InnerText.Trim().Length == 0);
        var steps = body.Descendants<Table>().Where(t => t.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value == "WfTable").Last();
        Assert.Equal(["Nr.", "Schritt", "Verantwortlich"], steps.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
        foreach (var paragraph in body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true))
        {
            Assert.NotEqual("", paragraph.InnerText.Trim());
        }
    }

    [Fact]
    public async Task Create_Sample_SetsDocumentPropertiesPageAndLanguage()
    {
        var template = await TemplateAsync("ansiedlung");

        var docx = ProfileDocument.Create(template, Options("de", false));

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Equal(template.Name, document.PackageProperties.Title);
        Assert.Equal("Prozesssteckbrief", document.PackageProperties.Subject);
        Assert.Equal("Wirtschaftsförderung Musterstadt", document.PackageProperties.Creator);
        Assert.Contains("KP-01", document.PackageProperties.Keywords);
        var main = document.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        Assert.Equal((11906u, 16838u), (section.GetFirstChild<PageSize>()!.Width!.Value, section.GetFirstChild<PageSize>()!.Height!.Value));
        Assert.Equal("de-DE", main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);
        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<AutoHyphenation>());
        var styleIds = main.StyleDefinitionsPart.Styles.Elements<Style>().Select(s => s.StyleId!.Value).ToHashSet();
        Assert.Subset(styleIds, new HashSet<string?>(["Title", "Heading1", "Heading2", "Heading3", "WfTable"]));

        var header = ProfileInspection.Text(main.HeaderParts.Single().Header!);
        Assert.Contains("Wirtschaftsförderung Musterstadt", header);
        Assert.Contains(template.Name, header);
        var footer = main.FooterParts.Single().Footer!;
        Assert.Contains("Version 1 · Freigegeben · Stand 15.12.2025", ProfileInspection.Text(footer));
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
    }

    [Fact]
    public async Task Create_WithDesign_UsesItsStylesHeaderFooterAndLogoButNotItsBody()
    {
        var template = await TemplateAsync("ansiedlung");

        var docx = ProfileDocument.Create(template, Options("de", true));

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Equal(DocumentFormat.OpenXml.WordprocessingDocumentType.Document, document.DocumentType);
        var main = document.MainDocumentPart!;
        var heading = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal(DesignFiles.HeadingColor, heading.StyleRunProperties!.Color!.Val!.Value);
        Assert.Contains(main.StyleDefinitionsPart.Styles.Elements<Style>(), s => s.StyleId == "WfTable");
        var header = main.HeaderParts.Single();
        Assert.Single(header.ImageParts);
        Assert.Single(header.Header!.Descendants<Drawing>());
        Assert.Contains(template.Name, ProfileInspection.Text(header.Header!));
        var footer = ProfileInspection.Text(main.FooterParts.Single().Footer!);
        Assert.Contains(DesignFiles.FooterText, footer);
        Assert.Contains("Stand 15.12.2025", footer);
        var body = ProfileInspection.Text(main.Document!.Body!);
        Assert.DoesNotContain("Mustertext", body);
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(1701u, section.GetFirstChild<PageMargin>()!.Left!.Value);
    }

    [Fact]
    public void Create_AWordDocumentAsDesign_IsAcceptedLikeATemplate()
    {
        var design = CorporateDesign.FromBytes(DesignFiles.Template(DocumentFormat.OpenXml.WordprocessingDocumentType.Document), "haus.docx");

        var docx = ProfileDocument.Create(TemplateFactory.Large(5), new DocumentOptions { Design = design });

        Assert.Empty(ProfileInspection.ValidationErrors(docx));
    }

    [Fact]
    public void Create_HostileText_LeavesOutWhatXmlCannotHoldAndKeepsTheRest()
    {
        var docx = ProfileDocument.Create(HostileTemplates.Everything());

        var text = ProfileInspection.BodyText(docx);
        Assert.Contains("Ziel mit Steuerzeichen", text);
        Assert.Contains("und Nullbyte", text);
        Assert.DoesNotContain('\u0001', text);
        Assert.DoesNotContain('\0', text);
        Assert.Contains("😀", text);
        var description = ProfileInspection.Fields(docx).Single(f => f.Path == "steps[0].description").Text;
        Assert.Equal(Clean(HostileTemplates.Everything().Steps[0].Description!), Clean(description));
        Assert.True(description.Length > 8_000, $"{description.Length} characters");
    }

    [Fact]
    public void Create_500Steps_HasEveryStepInTheTableFlowAndDetails()
    {
        var template = TemplateFactory.Large(500);

        var docx = ProfileDocument.Create(template);

        var headings = ProfileInspection.Headings(docx, "Heading2");
        Assert.Equal(500, headings.Count);
        Assert.Equal($"500. {template.Steps[499].Title}", headings[^1]);
        Assert.Equal(500, ProfileInspection.Fields(docx).Count(f => f.Path.EndsWith(".title", StringComparison.Ordinal) && f.Path.StartsWith("steps[", StringComparison.Ordinal)));
        Assert.Contains($"↑ zurück zu 9. {template.Steps[8].Title}", ProfileInspection.BodyText(docx));
    }

    [Fact]
    public void Create_SameTemplateTwice_GivesTheSameContent()
    {
        var template = TemplateFactory.Large(20);

        Assert.Equal(MainXml(ProfileDocument.Create(template)), MainXml(ProfileDocument.Create(template)));
    }

    [Fact]
    public void FileName_WithUmlautsAndSlashes_KeepsUmlautsAndReplacesWhatFileSystemsRefuse()
    {
        var template = TemplateFactory.Minimal() with { Name = "Förder/Prüfung: Größe?", Version = 3 };

        Assert.Equal("Förder_Prüfung_ Größe_ v3.docx", ProfileDocument.FileName(template));
    }

    private static bool IsDataTable(TableRow row) =>
        row.Parent is Table table && table.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value == "WfTable";

    private static string MainXml(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.OuterXml;
    }

    private static string Key(string path) => path.Split('.')[^1].Split('[')[0];

    /// <summary>What survives in XML, the way the test compares it: lone surrogates (U+FFFD after JSON) and CR gone.</summary>
    private static string Clean(string text) => new string([.. text.Where((c, i) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xFFFD && !char.IsSurrogate(c))
        || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))]).Replace("\uFFFD", "").Replace("\r\n", "\n");
}

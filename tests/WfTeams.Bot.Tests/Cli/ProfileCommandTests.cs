using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.Configuration;
using WfTeams.Bot.Cli;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Cli;

[Collection("Azurite")]
public sealed class ProfileCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wfteams-profile-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        GermanCommandLine.RunAsync(azurite.Configuration(_tenant), args);

    private static string Title(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        return document.PackageProperties.Title!;
    }

    private static string FirstHeading(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        return document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").InnerText;
    }

    [Fact]
    public async Task Profile_SampleFile_WritesAValidDocument()
    {
        var output = PathOf("ansiedlung.docx");

        var run = await RunAsync("profile", Path.Combine(Azurite.RepositoryRoot(), "samples", "ansiedlung.json"), "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"{output}: Prozesssteckbrief „Ansiedlung", run.Output, StringComparison.Ordinal);
        Assert.Equal("Ansiedlung – Betreuung von Ansiedlungs- und Investitionsvorhaben", Title(output));
        Assert.Equal("Stammdaten", FirstHeading(output));
        Assert.False(File.Exists(output + ".tmp"));
    }

    [Fact]
    public async Task Profile_DiagramFlag_ThePictureOnlyWithIt()
    {
        var sample = Path.Combine(Azurite.RepositoryRoot(), "samples", "bestandskundenbetreuung.json");
        var (with, without) = (PathOf("mit.docx"), PathOf("ohne.docx"));

        var drawn = await RunAsync("profile", sample, "--diagram", "-o", with);
        var plain = await RunAsync("profile", sample, "-o", without);

        Assert.Equal((0, 0), (drawn.ExitCode, plain.ExitCode));
        using var withDocument = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(with, false);
        using var withoutDocument = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(without, false);
        Assert.Single(withDocument.MainDocumentPart!.ImageParts);
        Assert.Empty(withoutDocument.MainDocumentPart!.ImageParts);
    }

    [Fact]
    public async Task Profile_StoredTemplateInEnglishAndAVersion_WritesThatVersion()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Large(8, "gespeichert") with { Status = TemplateStatus.Released });
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Large(8, "gespeichert", version: 2) with { Name = "Neuer Name" });
        var output = PathOf("gespeichert.docx");

        var run = await RunAsync("profile", "gespeichert", "--version", "2", "--lang", "en", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Neuer Name", Title(output));
        Assert.Equal("Master data", FirstHeading(output));
    }

    [Fact]
    public async Task Profile_UnknownTemplate_ExitsOneAndWritesNothing()
    {
        var output = PathOf("nichts.docx");

        var run = await RunAsync("profile", "gibt-es-nicht", "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("gibt-es-nicht: Vorlage „gibt-es-nicht“ nicht gefunden", run.Error.Trim());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Profile_InvalidTemplateFile_ReportsEveryErrorAndWritesNothing()
    {
        var input = PathOf("kaputt.json");
        await File.WriteAllTextAsync(input, TemplateJson.Serialize(TemplateFactory.Minimal()).Replace("\"owner\"", "\"besitzer\"", StringComparison.Ordinal));
        var output = PathOf("kaputt.docx");

        var run = await RunAsync("profile", input, "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{input}: $.besitzer: Unbekannte Eigenschaft", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Profile_StyleFileMissingOrNotWord_ExitsOneWithAClearErrorAndWritesNothing()
    {
        var sample = Path.Combine(Azurite.RepositoryRoot(), "samples", "ansiedlung.json");
        var notWord = PathOf("logo.dotx");
        await File.WriteAllTextAsync(notWord, "kein Word");
        var output = PathOf("a.docx");

        var missing = await RunAsync("profile", sample, "--style", PathOf("fehlt.dotx"), "-o", output);
        var wrong = await RunAsync("profile", sample, "--style", notWord, "-o", output);

        Assert.Equal((1, $"{PathOf("fehlt.dotx")}: $: Vorlagendatei für das Layout nicht gefunden"), (missing.ExitCode, missing.Error.Trim()));
        Assert.Equal(1, wrong.ExitCode);
        Assert.StartsWith($"{notWord}: $: Keine Word-Datei (.docx oder .dotx)", wrong.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("profile", "ansiedlung")]
    [InlineData("profile", "ansiedlung", "-o", "x.docx", "--lang", "fr")]
    public async Task Profile_WrongUsage_ExitsTwo(params string[] args)
    {
        Assert.Equal(2, (await RunAsync(args)).ExitCode);
    }
}

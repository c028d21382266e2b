using System.Xml.Linq;
using WfTeams.Core.Documents;
using WfTeams.Core.Publishing;

namespace WfTeams.Core.Tests.Publishing;

[Collection("Azurite")]
public sealed class HandbookFolderTests(AzuriteFixture storage) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wfteams-handbook-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Publish_ToFolder_WritesDocumentPdfAndIndex()
    {
        using var harness = new SharePointHarness(storage);
        var publisher = Publisher(new Uri("http://127.0.0.1:3978/handbook/"));
        await harness.ImportAsync(SharePointHarness.Released(name: "Förderung: Prüfung/Antrag"));

        var result = await publisher.PublishAsync(harness.Tenant, "ansiedlung");

        var docx = Path.Combine(_folder, "Förderung_ Prüfung_Antrag.docx");
        Assert.True(File.Exists(docx));
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(docx)[..2]);
        Assert.Equal("http://127.0.0.1:3978/handbook/F%C3%B6rderung_%20Pr%C3%BCfung_Antrag.docx", result.WebUrl.AbsoluteUri);
        Assert.Equal(LibreOfficePdf.Find() is not null, File.Exists(Path.ChangeExtension(docx, ".pdf")));
        var index = File.ReadAllText(Path.Combine(_folder, "index.html"));
        Assert.Contains("Förderung: Prüfung/Antrag", index, StringComparison.Ordinal);
        Assert.Contains("href=\"F%C3%B6rderung_%20Pr%C3%BCfung_Antrag.docx\"", index, StringComparison.Ordinal);
        Assert.Contains("KP-01", index, StringComparison.Ordinal);
        Assert.Contains("Teamleitung Ansiedlung", index, StringComparison.Ordinal);
        Assert.Contains("02.03.2026", index, StringComparison.Ordinal);
        Assert.Contains("Freigegeben", index, StringComparison.Ordinal);
        var svg = XDocument.Load(Path.ChangeExtension(docx, ".svg")).Root!;
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Name);
        Assert.Contains("<a href=\"F%C3%B6rderung_%20Pr%C3%BCfung_Antrag.svg\">Ablaufdiagramm</a>", index, StringComparison.Ordinal);
        Assert.Contains("<img src=\"F%C3%B6rderung_%20Pr%C3%BCfung_Antrag.svg\" alt=\"Ablaufdiagramm: Förderung: Prüfung/Antrag\"", index, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public async Task Publish_HostileName_IsEncodedInTheIndex()
    {
        using var harness = new SharePointHarness(storage);
        await harness.ImportAsync(SharePointHarness.Released(name: "<script>alert(1)</script> & Co"));

        await Publisher().PublishAsync(harness.Tenant, "ansiedlung");

        var index = File.ReadAllText(Path.Combine(_folder, "index.html"));
        Assert.DoesNotContain("<script>", index, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", index, StringComparison.Ordinal);
        Assert.Contains("alt=\"Ablaufdiagramm: &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co\"", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_NextVersion_MovesThePreviousToArchivAndListsIt()
    {
        using var harness = new SharePointHarness(storage);
        var publisher = Publisher();
        await harness.ImportAsync(SharePointHarness.Released());
        var first = await publisher.PublishAsync(harness.Tenant, "ansiedlung");
        var again = await publisher.PublishAsync(harness.Tenant, "ansiedlung");
        await harness.ImportAsync(SharePointHarness.Released(version: 2));

        await publisher.PublishAsync(harness.Tenant, "ansiedlung");

        Assert.False(first.AlreadyPublished);
        Assert.True(again.AlreadyPublished);
        Assert.True(File.Exists(Path.Combine(_folder, "Ansiedlung.docx")));
        Assert.True(File.Exists(Path.Combine(_folder, "Archiv", "Ansiedlung v1.docx")));
        Assert.True(File.Exists(Path.Combine(_folder, "Ansiedlung.svg")));
        Assert.True(File.Exists(Path.Combine(_folder, "Archiv", "Ansiedlung v1.svg")));
        var index = File.ReadAllText(Path.Combine(_folder, "index.html"));
        Assert.Contains("href=\"Archiv/Ansiedlung%20v1.docx\"", index, StringComparison.Ordinal);
        Assert.Contains("href=\"Archiv/Ansiedlung%20v1.svg\"", index, StringComparison.Ordinal);
        // Only the current version's diagram is shown as a picture; the archived one is a link.
        Assert.Equal(1, index.Split("<img ").Length - 1);
        Assert.Contains("<img src=\"Ansiedlung.svg\"", index, StringComparison.Ordinal);
        Assert.Contains("Archiviert", index, StringComparison.Ordinal);
    }

    private HandbookPublisher Publisher(Uri? baseUrl = null) => new(
        storage.Store,
        new PublishMarks(storage.Server.CreateServiceClient()),
        new HandbookFolder(new PublishingOptions { Folder = _folder, BaseUrl = baseUrl }),
        _ => Task.FromResult(new DocumentOptions()),
        TimeProvider.System);
}

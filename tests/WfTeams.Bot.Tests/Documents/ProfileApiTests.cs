using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WfTeams.Bot.Tests.Api;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Documents;

[Collection("Azurite")]
public sealed class ProfileApiTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private WebApplicationFactory<Program>? _factory;

    public void Dispose() => _factory?.Dispose();

    private HttpClient Client(string? styleFile = null)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Storage:ConnectionString", azurite.Server.ConnectionString)
                .UseApi(_tenant)
                .UseSetting("Profile:Organisation", "Wirtschaftsförderung Musterstadt");
            if (styleFile is not null)
            {
                host.UseSetting("Profile:StyleFile", styleFile);
            }
        });
        return _factory.CreateClient().As(ApiTokens.Reader(_tenant));
    }

    [Fact]
    public async Task Profile_StoredTemplate_IsAWordDocumentWithAnRfc5987FileName()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Large(6, "foerderung") with { Name = "Fördermittel prüfen", Status = TemplateStatus.Released });

        var response = await Client().GetAsync("/api/templates/foerderung/profile.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("UTF-8''F%C3%B6rdermittel%20pr%C3%BCfen%20v1.docx", response.Content.Headers.GetValues("Content-Disposition").Single().Split("filename*=")[1]);
        Assert.Equal("Fördermittel prüfen v1.docx", disposition.FileNameStar);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Equal("Fördermittel prüfen", document.PackageProperties.Title);
        Assert.Contains("Wirtschaftsförderung Musterstadt", document.MainDocumentPart!.HeaderParts.Single().Header!.InnerText);
    }

    [Fact]
    public async Task Profile_LangEn_IsEnglish()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("englisch"));

        var bytes = await Client().GetByteArrayAsync("/api/templates/englisch/profile.docx?lang=en");

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal("Process profile", document.PackageProperties.Subject);
    }

    [Fact]
    public async Task Profile_UnknownTemplateOrVersion_Is404InTheAskedLanguage()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("da"));
        var client = Client();

        var unknown = await client.GetAsync("/api/templates/weg/profile.docx?lang=en");
        var version = await client.GetAsync("/api/templates/da/profile.docx?version=7");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var problem = System.Text.Json.JsonDocument.Parse(await unknown.Content.ReadAsStringAsync());
        Assert.Equal("Template \"weg\" not found", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, version.StatusCode);
        Assert.Contains("Version 7", await version.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_ConfiguredStyleFile_IsUsedAndReadAgainWhenItChanges()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("gestaltet") with { Name = "Gestalteter Prozess" });
        var style = Path.Combine(Path.GetTempPath(), $"wfteams-design-{Guid.NewGuid():N}.docx");
        try
        {
            // Any Word document serves as a design; a profile's own header line tells which one was used.
            await File.WriteAllBytesAsync(style, Core.Documents.ProfileDocument.Create(TemplateFactory.Minimal() with { Name = "Hausdesign A" }));
            var client = Client(style);

            var first = await HeaderAsync(client);
            await File.WriteAllBytesAsync(style, Core.Documents.ProfileDocument.Create(TemplateFactory.Minimal() with { Name = "Hausdesign BB" }));
            var second = await HeaderAsync(client);

            Assert.Contains("Hausdesign A", first);
            Assert.Contains("Gestalteter Prozess", first);
            Assert.Contains("Hausdesign BB", second);
        }
        finally
        {
            File.Delete(style);
        }

        static async Task<string> HeaderAsync(HttpClient client)
        {
            var bytes = await client.GetByteArrayAsync("/api/templates/gestaltet/profile.docx");
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
            return document.MainDocumentPart!.HeaderParts.Single().Header!.InnerText;
        }
    }

    [Fact]
    public async Task Profile_BrokenConfiguredStyleFile_Is500NamingTheSetting()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("stil"));
        var style = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(style, "kein Word");

            var response = await Client(style).GetAsync("/api/templates/stil/profile.docx");

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Contains("Profile:StyleFile", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(style);
        }
    }
}

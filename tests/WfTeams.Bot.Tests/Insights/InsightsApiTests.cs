using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WfTeams.Bot.Tests.Api;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Insights;

/// <summary>GET …/cases.xlsx and …/quality.docx over HTTP: editors only, valid documents of the right type, clear 400s for bad periods.</summary>
[Collection("Azurite")]
public sealed class InsightsApiTests(AzuriteFixture azurite) : IDisposable
{
    private const string Year = "from=2026-01-01&to=2026-12-31";
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private WebApplicationFactory<Program>? _factory;

    public void Dispose() => _factory?.Dispose();

    private HttpClient Client(string? token)
    {
        _factory ??= new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Storage:ConnectionString", azurite.Server.ConnectionString).UseApi(_tenant));
        var client = _factory.CreateClient();
        return token is null ? client : client.As(token);
    }

    private Task StoreAsync() => InsightCases.StoreAsync(azurite.Server.CreateServiceClient(), azurite.Store, _tenant);

    [Theory]
    [InlineData("cases.xlsx")]
    [InlineData("quality.docx")]
    public async Task Get_WithoutTokenOrAsReader_401And403(string file)
    {
        await StoreAsync();

        using var anonymous = await Client(null).GetAsync($"/api/templates/{InsightFixture.Id}/{file}?{Year}");
        using var reader = await Client(ApiTokens.Reader(_tenant)).GetAsync($"/api/templates/{InsightFixture.Id}/{file}?{Year}");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.DoesNotContain("Geheim GmbH", await reader.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCases_Editor_AValidWorkbookWithTheCases()
    {
        await StoreAsync();

        using var response = await Client(ApiTokens.Editor(_tenant)).GetAsync($"/api/templates/{InsightFixture.Id}/cases.xlsx?{Year}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"Vorgaenge-{InsightFixture.Id}-2026-01-2026-12.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var text = string.Join("\n", document.WorkbookPart!.WorksheetParts.Select(w => w.Worksheet.InnerText));
        Assert.Contains("Geheim GmbH", text, StringComparison.Ordinal);
        Assert.Contains("Dritte KG", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetQuality_Editor_AValidReportWithTheFiguresAndNoSubject()
    {
        await StoreAsync();

        using var response = await Client(ApiTokens.Editor(_tenant)).GetAsync($"/api/templates/{InsightFixture.Id}/quality.docx?{Year}&lang=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("Quality report ", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Quality report", text, StringComparison.Ordinal);
        Assert.Contains("Unternehmen hat abgesagt", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheim GmbH", text, StringComparison.Ordinal);
        Assert.Single(document.MainDocumentPart.ImageParts);
    }

    [Theory]
    [InlineData("cases.xlsx", "from=2026-13-01", "from: „2026-13-01“ ist kein Datum")]
    [InlineData("quality.docx", "from=gestern", "from: „gestern“ ist kein Datum")]
    [InlineData("quality.docx", "from=2026-06-01&to=2026-01-01", "vorwärts")]
    [InlineData("cases.xlsx", "from=2010-01-01&to=2026-01-01", "höchstens 120 Monate")]
    public async Task Get_BadPeriod_400SayingWhat(string file, string query, string message)
    {
        using var response = await Client(ApiTokens.Editor(_tenant)).GetAsync($"/api/templates/{InsightFixture.Id}/{file}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(message, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cases.xlsx")]
    [InlineData("quality.docx")]
    public async Task Get_UnknownTemplate_404(string file)
    {
        using var response = await Client(ApiTokens.Editor(_tenant)).GetAsync($"/api/templates/gibt-es-nicht/{file}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

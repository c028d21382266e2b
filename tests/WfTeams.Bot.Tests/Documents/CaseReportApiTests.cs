using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WfTeams.Bot.Documents;
using WfTeams.Bot.Tests.BotFramework;
using WfTeams.Core.Processes;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Documents;

/// <summary>The case report link on the summary card of an ended case, and the signed download behind it.</summary>
[Collection("Azurite")]
public sealed class CaseReportApiTests(AzuriteFixture azurite) : IDisposable
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private readonly ProcessTemplate _template = TemplateFactory.Large(3, "kurzprozess") with { Name = "Kurzprozess", Status = TemplateStatus.Released };
    private BotHost? _host;

    public void Dispose() => _host?.Dispose();

    [Fact]
    public async Task FinishedCase_SummaryCardLinksTheReport_LinkGivesTheWordDocument()
    {
        var host = Host();
        var link = await FinishCaseAsync(host, "de-DE");

        Assert.Equal("http://localhost", link.GetLeftPart(UriPartial.Authority));
        Assert.Matches("^/api/cases/[a-z0-9]+/report.docx$", link.AbsolutePath);
        Assert.Contains("lang=de", link.Query, StringComparison.Ordinal);
        using var response = await host.Client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WordType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Fallbericht Müller & Söhne GmbH – Kurzprozess.docx", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Müller & Söhne GmbH", text, StringComparison.Ordinal);
        Assert.Contains("Fallbericht", text, StringComparison.Ordinal);
        Assert.Contains("Erledigt von Erika Mustermann", text, StringComparison.Ordinal);
        foreach (var step in _template.Steps)
        {
            Assert.Contains(step.Title, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReportLink_RepeatedWithItsETag_Is304_AnotherLanguageAnotherETag()
    {
        var host = Host();
        var link = await FinishCaseAsync(host, "de-DE");
        using var first = await host.Client.GetAsync(link.PathAndQuery);
        var etag = first.Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, link.PathAndQuery);
        request.Headers.IfNoneMatch.Add(etag);

        using var again = await host.Client.SendAsync(request);
        using var english = await host.Client.GetAsync(link.PathAndQuery.Replace("lang=de", "lang=en", StringComparison.Ordinal));

        Assert.False(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.NotEqual(etag.Tag, english.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task ConfiguredHostName_LinkIsHttpsToIt_AndEnglishInAnEnglishChat()
    {
        var host = Host(new() { ["Bot:HostName"] = "wfteams.example.org" });
        var link = await FinishCaseAsync(host, "en-US");

        Assert.Equal("https://wfteams.example.org", link.GetLeftPart(UriPartial.Authority));
        using var response = await host.Client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Case report ", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("Completed by Erika Mustermann", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportLink_ExpiredTamperedOrForAnotherCase_Forbidden()
    {
        var host = Host();
        var link = await FinishCaseAsync(host, "de-DE");
        var caseId = link.Segments[3].TrimEnd('/');
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var links = host.Services.GetRequiredService<CaseReportLinks>();
        var past = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds();
        var future = long.Parse(query["expires"]!, System.Globalization.CultureInfo.InvariantCulture);
        var sig = query["sig"]!;
        var tampered = (sig[0] == 'A' ? "B" : "A") + sig[1..];

        foreach (var path in new[]
        {
            $"/api/cases/{caseId}/report.docx?expires={past}&sig={links.Sign(caseId, past)}",
            $"/api/cases/{caseId}/report.docx?expires={future}&sig={tampered}",
            $"/api/cases/{caseId}/report.docx?expires={future + 1}&sig={sig}",
            $"/api/cases/{caseId}x/report.docx?expires={future}&sig={sig}",
            $"/api/cases/{caseId}/report.docx?expires={future}",
            $"/api/cases/{caseId}/report.docx?expires=soon&sig={sig}",
            $"/api/cases/{caseId}/report.docx?expires={future}&sig=%%%",
            $"/api/cases/{caseId}/report.docx",
        })
        {
            using var response = await host.Client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: {response.StatusCode}");
            Assert.Contains("abgelaufen oder ungültig", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReportLink_GenuineForAnUnknownCase_NotFound()
    {
        var host = Host();
        var links = host.Services.GetRequiredService<CaseReportLinks>();
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();

        using var response = await host.Client.GetAsync($"/api/cases/unbekannt1/report.docx?expires={expires}&sig={links.Sign("unbekannt1", expires)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void SigningKey_TooShortOrNotBase64_HostDoesNotStart()
    {
        foreach (var key in new[] { Convert.ToBase64String(new byte[16]), "kein base64!" })
        {
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
                .UseSetting("Storage:ConnectionString", azurite.Server.ConnectionString)
                .UseSetting("Reports:SigningKey", key));

            // The command line reports the OptionsValidationException and ends; the factory sees its host gone.
            Assert.ThrowsAny<Exception>(() => factory.CreateClient());
            Assert.Contains(key.Contains(' ', StringComparison.Ordinal) ? "is not base64" : "has 16 bytes", ReportOptions.ReadKey(key).Problem, StringComparison.Ordinal);
        }
    }

    private BotHost Host(Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        settings["Reports:SigningKey"] = SigningKey;
        return _host = new BotHost(azurite, settings);
    }

    /// <summary>Starts the case in chat, completes every step through card actions, returns the summary card's report link.</summary>
    private async Task<Uri> FinishCaseAsync(BotHost host, string locale)
    {
        await azurite.Store.ImportAsync(host.Tenant, _template);
        var before = host.Connector.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(host.Message("starte Kurzprozess für Müller & Söhne GmbH", locale: locale), host.Token())).StatusCode);
        var card = StepCards.Card((await host.Connector.WaitForAsync(before + 1))[before]);
        for (var turn = 0; turn < 10 && StepCards.Actions(card).Any(a => (string?)a["verb"] == "complete"); turn++)
        {
            var data = StepCards.Completed(card, _template);
            var invoke = host.Message("", locale: locale);
            invoke["type"] = "invoke";
            invoke["name"] = "adaptiveCard/action";
            invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "complete", ["data"] = data } };
            before = host.Connector.Calls.Count;
            Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(invoke, host.Token())).StatusCode);
            card = StepCards.Card((await host.Connector.WaitForAsync(before + 1))[before]);
        }

        var open = Assert.Single(card["actions"]!.AsArray(), a => (string?)a!["type"] == "Action.OpenUrl")!;
        return new Uri((string)open["url"]!);
    }
}

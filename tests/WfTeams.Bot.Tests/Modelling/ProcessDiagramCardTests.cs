using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using WfTeams.Bot.Documents;
using WfTeams.Bot.Modelling;
using WfTeams.Bot.Tests.BotFramework;
using WfTeams.Core.Cards;
using WfTeams.Core.Modelling;
using WfTeams.Core.Processes;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Modelling;

/// <summary>"prozesse" → "Ansehen": the process card over the real protocol, its diagram picture behind a signed link.</summary>
[Collection("Azurite")]
public sealed class ProcessDiagramCardTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray());
    private readonly BotHost _host = new(azurite, new() { ["Reports:SigningKey"] = SigningKey });

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("de-DE", "Ablaufdiagramm: Ansiedlung")]
    [InlineData("en-US", "Process diagram: Ansiedlung")]
    public async Task ProcessList_View_CardWithTheDiagramWhoseLinkServesThePng(string locale, string altText)
    {
        var template = await ImportAsync("ansiedlung");

        var card = await ViewAsync(template.Id, locale);

        Assert.True(CardSize.Fits(card));
        Assert.Contains(StepCards.Actions(card), a => (string?)a["verb"] == ActionVerbs.Start && (string?)a["data"]!["templateId"] == template.Id);
        var image = Assert.Single(card["body"]!.AsArray(), e => (string?)e!["type"] == "Image")!;
        Assert.StartsWith(altText, (string?)image["altText"], StringComparison.Ordinal);
        var link = new Uri((string)image["url"]!);
        Assert.Equal($"/api/templates/{template.Id}/diagram.png", link.AbsolutePath);
        Assert.Contains($"version={template.Version}", link.Query, StringComparison.Ordinal);

        using var response = await _host.Client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        using var picture = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        var layout = ProcessLayout.Compute(ProcessGraph.From(template, CultureInfo.GetCultureInfo(locale)));
        Assert.Equal((layout.Width * 2, layout.Height * 2), (picture.Width, picture.Height));
    }

    [Fact]
    public async Task DiagramLink_AgainWithItsETag_Is304()
    {
        var template = await ImportAsync("bestandskundenbetreuung");
        var link = DiagramLink(await ViewAsync(template.Id, "de-DE"));
        using var first = await _host.Client.GetAsync(link.PathAndQuery);
        using var request = new HttpRequestMessage(HttpMethod.Get, link.PathAndQuery);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var again = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task DiagramLink_TamperedExpiredOtherVersionOrAReportSignature_Forbidden()
    {
        var template = await ImportAsync("ansiedlung");
        var link = DiagramLink(await ViewAsync(template.Id, "de-DE"));
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var signer = _host.Services.GetRequiredService<CaseReportLinks>();
        var future = long.Parse(query["expires"]!, CultureInfo.InvariantCulture);
        var past = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds();
        var sig = query["sig"]!;
        var tampered = (sig[0] == 'A' ? "B" : "A") + sig[1..];
        var path = link.AbsolutePath;
        var version = template.Version;

        foreach (var wrong in new[]
        {
            $"{path}?version={version}&expires={future}&sig={tampered}",
            $"{path}?version={version}&expires={past}&sig={signer.Sign(ProcessDiagramLinks.Signed(template.Id, version), past)}",
            $"{path}?version={version + 1}&expires={future}&sig={sig}",
            $"{path}?expires={future}&sig={sig}",
            $"{path}?version={version}&expires={future}&sig={signer.Sign(template.Id, future)}",
            $"/api/templates/bestandskundenbetreuung/diagram.png?version={version}&expires={future}&sig={sig}",
            $"{path}?version={version}&expires={future}",
        })
        {
            using var response = await _host.Client.GetAsync(wrong);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{wrong}: {response.StatusCode}");
            Assert.Contains("Ablaufdiagramm ist abgelaufen oder ungültig", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DiagramLink_GenuineForAVersionThatIsNotStored_NotFound()
    {
        var template = await ImportAsync("ansiedlung");
        var signer = _host.Services.GetRequiredService<CaseReportLinks>();
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();

        using var response = await _host.Client.GetAsync(
            $"/api/templates/{template.Id}/diagram.png?version=99&expires={expires}&sig={signer.Sign(ProcessDiagramLinks.Signed(template.Id, 99), expires)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task View_TemplateNotReleased_RefusedWithItsId()
    {
        var draft = TemplateFactory.Large(3, "entwurf-diagramm") with { Status = TemplateStatus.Draft };
        await azurite.Store.ImportAsync(_host.Tenant, draft);

        var card = await InvokeAsync(ActionVerbs.Process, new JsonObject { ["templateId"] = draft.Id }, "de-DE");

        Assert.DoesNotContain(card["body"]!.AsArray(), e => (string?)e!["type"] == "Image");
        Assert.Contains("entwurf-diagramm", card.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<ProcessTemplate> ImportAsync(string sample)
    {
        var template = await CaseFactory.SampleAsync(sample);
        await azurite.Store.ImportAsync(_host.Tenant, template);
        return template;
    }

    /// <summary>Says "prozesse", clicks the template's "Ansehen" on the list card; the card that replaces it.</summary>
    private async Task<JsonObject> ViewAsync(string templateId, string locale)
    {
        var before = _host.Connector.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(_host.Message("prozesse", locale: locale), _host.Token())).StatusCode);
        var list = StepCards.Card((await _host.Connector.WaitForAsync(before + 1))[before]);
        var view = StepCards.Actions(list).Single(a => (string?)a["verb"] == ActionVerbs.Process && (string?)a["data"]!["templateId"] == templateId);
        return await InvokeAsync(ActionVerbs.Process, view["data"]!.AsObject(), locale);
    }

    private async Task<JsonObject> InvokeAsync(string verb, JsonObject data, string locale)
    {
        var invoke = _host.Message("", locale: locale);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } };
        using var response = await _host.PostAsync(invoke, _host.Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return body["value"]!.AsObject();
    }

    private static Uri DiagramLink(JsonObject card) =>
        new((string)card["body"]!.AsArray().Single(e => (string?)e!["type"] == "Image")!["url"]!);
}

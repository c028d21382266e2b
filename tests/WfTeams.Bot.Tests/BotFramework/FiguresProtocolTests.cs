using System.Net;
using System.Text.Json.Nodes;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.BotFramework;

/// <summary>"kennzahlen ‹Prozess›" through <c>POST /api/messages</c>: the card's chart is a PNG behind a signed link the host serves without a token.</summary>
[Collection("Azurite")]
public sealed class FiguresProtocolTests(AzuriteFixture azurite) : IDisposable
{
    private readonly BotHost _host = new(azurite);

    public void Dispose() => _host.Dispose();

    private async Task<Uri> ChartLinkAsync()
    {
        await InsightCases.StoreAsync(azurite.Server.CreateServiceClient(), azurite.Store, _host.Tenant);
        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(_host.Message("kennzahlen Ansiedlung (Kennzahlen) 2026"), _host.Token())).StatusCode);
        var card = StepCards.Card((await _host.Connector.WaitForAsync(1))[0]);
        var image = Assert.Single(Descendants(card), n => (string?)n["type"] == "Image");
        return new Uri((string)image["url"]!);
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Descendants(p.Value))),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    [Fact]
    public async Task Figures_CardChart_PngWithoutATokenTamperedRefused()
    {
        var link = await ChartLinkAsync();
        Assert.Contains("period=2026-01..2026-12", link.Query, StringComparison.Ordinal);

        using var chart = await _host.Client.GetAsync(link.PathAndQuery);
        using var otherPeriod = await _host.Client.GetAsync(link.PathAndQuery.Replace("period=2026-01..2026-12", "period=2025-01..2026-12", StringComparison.Ordinal));
        using var otherSignature = await _host.Client.GetAsync(link.PathAndQuery.Replace("&sig=", "&sig=A", StringComparison.Ordinal));
        using var otherProcess = await _host.Client.GetAsync(link.PathAndQuery.Replace(InsightFixture.Id, "ansiedlung", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("image/png", chart.Content.Headers.ContentType!.MediaType);
        Assert.Equal("PNG"u8.ToArray(), (await chart.Content.ReadAsByteArrayAsync())[1..4]);
        Assert.Equal(HttpStatusCode.Forbidden, otherPeriod.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherSignature.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherProcess.StatusCode);
    }

    [Fact]
    public async Task Figures_CardChartAgain_304ForTheSameChart_AnotherETagInAnotherLanguage()
    {
        var link = await ChartLinkAsync();
        Assert.Contains("&lang=de", link.Query, StringComparison.Ordinal);
        using var first = await _host.Client.GetAsync(link.PathAndQuery);
        var etag = first.Headers.ETag!.Tag;
        using var again = new HttpRequestMessage(HttpMethod.Get, link.PathAndQuery);
        again.Headers.TryAddWithoutValidation("If-None-Match", etag);

        using var notModified = await _host.Client.SendAsync(again);
        using var english = await _host.Client.GetAsync(link.PathAndQuery.Replace("&lang=de", "&lang=en", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.NotEqual(etag, english.Headers.ETag!.Tag);
    }
}

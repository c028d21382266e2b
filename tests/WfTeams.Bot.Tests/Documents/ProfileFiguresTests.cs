using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WfTeams.Bot.Documents;
using WfTeams.Bot.Tests.Api;
using WfTeams.Core.Insights;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Documents;

/// <summary>The Prozesssteckbrief's "Ist" column over HTTP: there when the process has cases, absent otherwise, and the ETag follows the figures.</summary>
[Collection("Azurite")]
public sealed class ProfileFiguresTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private WebApplicationFactory<Program>? _factory;

    public void Dispose() => _factory?.Dispose();

    private HttpClient Client()
    {
        _factory ??= new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Storage:ConnectionString", azurite.Server.ConnectionString).UseApi(_tenant)
            .ConfigureServices(services => services.AddSingleton<TimeProvider>(_time)));
        return _factory.CreateClient().As(ApiTokens.Reader(_tenant));
    }

    private async Task<(HttpStatusCode Status, string? ETag, string Text)> GetAsync(HttpClient client, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/templates/{InsightFixture.Id}/profile.docx");
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (response.StatusCode, response.Headers.ETag?.Tag, "");
        }

        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return (response.StatusCode, response.Headers.ETag?.Tag, document.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public async Task Profile_ProcessWithCases_IstColumnAndTheETagFollowsTheFigures()
    {
        await InsightCases.StoreAsync(azurite.Server.CreateServiceClient(), azurite.Store, _tenant);
        var client = Client();

        var first = await GetAsync(client);
        // Jobs of the two finished cases, 40 + 20, against at least 120 a year.
        Assert.Contains("Ist (12 Monate, Stand 01.12.2026)", first.Text, StringComparison.Ordinal);
        Assert.Contains("60 (verfehlt)", first.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(client, first.ETag)).Status);

        // A third finished case with 70 jobs: the figures change.
        var service = azurite.Server.CreateServiceClient();
        var driver = new RunnerCaseDriver(azurite.Store, new CaseStore(service), new InsightProjector(new InsightStore(service)));
        var more = await CaseScript.StartAsync(driver, _tenant.Value, InsightFixture.Id, InsightCases.T0 + TimeSpan.FromDays(3), "Vierte GmbH");
        await more.CompleteAsync(TimeSpan.FromHours(1), null, ("arbeitsplaetze", "70"));
        await more.CompleteAsync(TimeSpan.FromHours(1), "nein");

        // Figures are kept a minute, as long as a browser keeps the current profile: then the new ones count.
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(client, first.ETag)).Status);
        _time.Advance(ProfileFigures.Fresh + TimeSpan.FromSeconds(1));
        var second = await GetAsync(client, first.ETag);

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Contains("130 (erreicht)", second.Text, StringComparison.Ordinal);

        // Another day: the same figures under a new date, so a new ETag.
        _time.Advance(TimeSpan.FromDays(1));
        var third = await GetAsync(client, second.ETag);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Contains("Stand 02.12.2026", third.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_ProcessWithoutCases_NoIstColumn()
    {
        await azurite.Store.ImportAsync(_tenant, InsightFixture.Template());

        var profile = await GetAsync(Client());

        Assert.Equal(HttpStatusCode.OK, profile.Status);
        Assert.Contains("Neue Arbeitsplätze", profile.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ist (12 Monate", profile.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("verfehlt", profile.Text, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WfTeams.Bot.Tests.Api;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Templates;

[Collection("Azurite")]
public sealed class TemplatesApiTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private WebApplicationFactory<Program>? _factory;

    public void Dispose() => _factory?.Dispose();

    private HttpClient Client(string? connectionString = null)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Storage:ConnectionString", connectionString ?? azurite.Server.ConnectionString)
            .UseApi(_tenant));
        return _factory.CreateClient().As(ApiTokens.Reader(_tenant));
    }

    [Fact]
    public async Task List_ShowsTheTenantsTemplates()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("erster") with { Status = TemplateStatus.Released });
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Large(10, "zweiter"));
        await azurite.Store.ImportAsync(AzuriteFixture.NewTenant(), TemplateFactory.Minimal("fremder"));

        var list = await Client().GetFromJsonAsync<JsonElement[]>("/api/templates");

        Assert.NotNull(list);
        Assert.Equal(["erster", "zweiter"], list.Select(t => t.GetProperty("id").GetString()));
        Assert.Equal(("released", 1), (list![0].GetProperty("status").GetString(), list[0].GetProperty("releasedVersion").GetInt32()));
        Assert.Equal("Großprozess mit 10 Schritten", list[1].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_ReturnsTheTemplateInTheFileFormat()
    {
        var template = TemplateFactory.Large(25, "abruf");
        await azurite.Store.ImportAsync(_tenant, template);

        var response = await Client().GetAsync("/api/templates/abruf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TemplateJson.Serialize(template), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_AVersion_ReturnsThatVersion()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal() with { Status = TemplateStatus.Released });
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal(version: 2) with { Goal = "Neues Ziel" });
        var client = Client();

        var current = await client.GetFromJsonAsync<JsonElement>("/api/templates/minimal");
        var second = await client.GetFromJsonAsync<JsonElement>("/api/templates/minimal?version=2");

        Assert.Equal((1, "released"), (current.GetProperty("version").GetInt32(), current.GetProperty("status").GetString()));
        Assert.Equal(("Neues Ziel", "draft"), (second.GetProperty("goal").GetString(), second.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("/api/templates/gibt-es-nicht", "de", "Vorlage „gibt-es-nicht“ nicht gefunden")]
    [InlineData("/api/templates/gibt-es-nicht", "en-US", "Template \"gibt-es-nicht\" not found")]
    [InlineData("/api/templates/minimal?version=7", "de", "Version 7 der Vorlage „minimal“ nicht gefunden")]
    public async Task Get_Unknown_Is404WithAMessageInTheUsersLanguage(string url, string language, string detail)
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal());
        var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Accept-Language", language } } };

        var response = await Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(detail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Health_StorageReachable_IsOk()
    {
        var response = await Client().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HealthAndApi_StorageUnreachable_Are503NamingTheEndpoint()
    {
        var port = Azurite.FreePort();
        var client = Client($"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Azurite.AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;");

        var health = await client.GetAsync("/healthz");
        var list = await client.GetAsync("/api/templates");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, list.StatusCode);
        Assert.Contains($"127.0.0.1:{port}", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

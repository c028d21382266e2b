using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WfTeams.Bot.Tests.Api;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Health;

[Collection("Azurite")]
public sealed class ReadinessTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private WebApplicationFactory<Program>? _factory;

    public void Dispose() => _factory?.Dispose();

    private HttpClient Client(IReadOnlyDictionary<string, string> settings, string? connectionString = null)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Storage:ConnectionString", connectionString ?? azurite.Server.ConnectionString);
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
        return _factory.CreateClient();
    }

    private Dictionary<string, string> Production() => new()
    {
        ["Bot:AppId"] = "3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8",
        ["Bot:TenantId"] = _tenant.Value,
        ["Api:ClientId"] = ApiTokens.ClientId,
        ["Reports:SigningKey"] = SigningKey,
    };

    [Fact]
    public async Task Ready_ProductionConfigurationCompleteAndStorageAnswers_Is200()
    {
        var response = await Client(Production()).GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_SettingsMissing_Is503NamingTheKeysNotTheValues()
    {
        var settings = Production();
        settings.Remove("Bot:AppId");
        settings.Remove("Api:ClientId");

        var response = await Client(settings).GetAsync("/healthz/ready");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var missing = JsonDocument.Parse(body).RootElement.GetProperty("missing").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(["Bot:AppId", "Api:ClientId"], missing);
        Assert.DoesNotContain(SigningKey, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_SigningKeyMissing_Is503()
    {
        var settings = Production();
        settings.Remove("Reports:SigningKey");

        var response = await Client(settings).GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(["Reports:SigningKey"], (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Ready_DevelopmentMode_NeedsOnlyStorage()
    {
        var response = await Client(new Dictionary<string, string> { ["Bot:AllowUnauthenticated"] = "true", ["Api:AllowUnauthenticated"] = "true" }).GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_StorageUnreachable_Is503WhileLivenessStaysSeparate()
    {
        var port = Azurite.FreePort();
        var client = Client(Production(), $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Azurite.AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;");

        var response = await client.GetAsync("/healthz/ready");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(JsonValueKind.String, body.GetProperty("storageError").ValueKind);
        Assert.Empty(body.GetProperty("missing").EnumerateArray());
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.BotFramework;

/// <summary>
/// The host as Teams sees it: a bot registration (app id, tenant), the OpenID metadata of a loopback
/// <see cref="OpenIdServer"/>, replies into a loopback <see cref="ConnectorSink"/>, Azurite for storage.
/// </summary>
public sealed class BotHost : IDisposable
{
    public const string AppId = "5f2d7c1e-8a4b-4c3d-9e6f-0a1b2c3d4e5f";
    public const string OutboundToken = "outbound-token-for-the-connector";

    private readonly WebApplicationFactory<Program> _factory;

    /// <param name="services">Test services added last (in-memory telemetry exporters).</param>
    public BotHost(AzuriteFixture azurite, Dictionary<string, string?>? settings = null, string environment = "Development", bool kestrel = false, Action<IServiceCollection>? services = null)
    {
        Tenant = AzuriteFixture.NewTenant();
        var all = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.Server.ConnectionString,
            ["Bot:TenantId"] = Tenant.Value,
            ["Bot:AppId"] = AppId,
            ["Bot:OpenIdMetadataUrl"] = OpenId.MetadataUrl,
            // The scheduler would speak first a minute after start and add messages to a test's connector sink;
            // the reminder tests drive it themselves.
            ["Reminders:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment(environment);
            host.UseSetting("Urls", "http://127.0.0.1:0"); // a free port: never appsettings' 3978 that ./run.sh uses
            foreach (var (key, value) in all)
            {
                host.UseSetting(key, value);
            }

            host.ConfigureTestServices(collection =>
            {
                collection.AddSingleton<TokenCredential>(Credential);
                services?.Invoke(collection);
            });
        });
        if (kestrel)
        {
            _factory.UseKestrel();
            _factory.StartServer();
        }

        Client = _factory.CreateClient();
    }

    public TenantId Tenant { get; }

    public OpenIdServer OpenId { get; } = new();

    public ConnectorSink Connector { get; } = new();

    public CountingCredential Credential { get; } = new();

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>A message from a Teams user, in our tenant, to be answered at the sink.</summary>
    public JsonObject Message(string text, string? id = null, string conversationId = "a:personal-chat-1", string locale = "de-DE") => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = Connector.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Erika Mustermann", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000e1" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = Tenant.Value },
        ["recipient"] = new JsonObject { ["id"] = "28:" + AppId, ["name"] = "WfTeams" },
        ["text"] = text,
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant.Value } },
    };

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token) =>
        PostAsync(JsonContent.Create(activity), token);

    public async Task<HttpResponseMessage> PostAsync(HttpContent content, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>A valid token for an activity to the sink.</summary>
    public string Token() => OpenId.Token(AppId, Connector.ServiceUrl);

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
        OpenId.Dispose();
        Connector.Dispose();
    }
}

/// <summary>The outbound credential: a fixed token, counting how often it was asked.</summary>
public sealed class CountingCredential : TokenCredential
{
    private int _calls;

    public int Calls => _calls;

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        Assert.Equal(["https://api.botframework.com/.default"], requestContext.Scopes);
        return ValueTask.FromResult(new AccessToken(BotHost.OutboundToken, DateTimeOffset.UtcNow.AddHours(1)));
    }
}

using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.BotFramework;

/// <summary>Inbound authentication of <c>POST /api/messages</c> against a loopback OpenID/JWKS server.</summary>
[Collection("Azurite")]
public sealed class MessagesAuthenticationTests(AzuriteFixture azurite) : IDisposable
{
    private readonly BotHost _host = new(azurite);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ValidToken_HelpIsAnsweredWithACardThroughTheConnector()
    {
        var message = _host.Message("hilfe");

        var response = await _host.PostAsync(message, _host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(await _host.Connector.WaitForAsync(1));
        Assert.Equal("POST", call.Method);
        Assert.Contains("personal-chat-1", call.Path, StringComparison.Ordinal);
        Assert.EndsWith($"/activities/{message["id"]}", call.Path, StringComparison.Ordinal);
        Assert.Equal($"Bearer {BotHost.OutboundToken}", call.Authorization);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)call.Body!["attachments"]![0]!["contentType"]);
        Assert.Contains("So arbeiten Sie mit mir", call.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenExpiredWithinTheClockSkew_IsAccepted()
    {
        var token = _host.OpenId.Token(BotHost.AppId, _host.Connector.ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-3));

        var response = await _host.PostAsync(_host.Message("hilfe"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string, HttpStatusCode> RefusedTokens() => new()
    {
        { "missing", HttpStatusCode.Unauthorized },
        { "not a bearer token", HttpStatusCode.Unauthorized },
        { "malformed", HttpStatusCode.Unauthorized },
        { "alg none", HttpStatusCode.Forbidden },
        { "HS256 with a shared secret", HttpStatusCode.Forbidden },
        { "wrong signature", HttpStatusCode.Forbidden },
        { "unknown key id", HttpStatusCode.Forbidden },
        { "wrong issuer", HttpStatusCode.Forbidden },
        { "wrong audience", HttpStatusCode.Forbidden },
        { "expired", HttpStatusCode.Forbidden },
        { "not yet valid", HttpStatusCode.Forbidden },
        { "serviceurl claim of another service", HttpStatusCode.Forbidden },
        { "key not endorsed for msteams", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task BadToken_IsRefusedAndNothingIsSent(string problem, HttpStatusCode expected)
    {
        var sink = _host.Connector.ServiceUrl;
        var now = DateTime.UtcNow;
        var foreignKey = new RsaSecurityKey(RSA.Create(2048));
        string? authorization = problem switch
        {
            "missing" => null,
            "not a bearer token" => "Basic dXNlcjpwYXNz",
            "malformed" => "Bearer not.a-token",
            "alg none" => "Bearer " + Unsigned(sink),
            "HS256 with a shared secret" => "Bearer " + Symmetric(sink),
            "wrong signature" => "Bearer " + _host.OpenId.Token(BotHost.AppId, sink, signWith: foreignKey),
            "unknown key id" => "Bearer " + _host.OpenId.Token(BotHost.AppId, sink, keyId: "rolled-key", signWith: foreignKey),
            "wrong issuer" => "Bearer " + _host.OpenId.Token(BotHost.AppId, sink, issuer: "https://sts.windows.net/attacker/"),
            "wrong audience" => "Bearer " + _host.OpenId.Token("another-bot", sink),
            "expired" => "Bearer " + _host.OpenId.Token(BotHost.AppId, sink, notBefore: now.AddHours(-2), expires: now.AddMinutes(-6)),
            "not yet valid" => "Bearer " + _host.OpenId.Token(BotHost.AppId, sink, notBefore: now.AddMinutes(6), expires: now.AddHours(1)),
            "serviceurl claim of another service" => "Bearer " + _host.OpenId.Token(BotHost.AppId, "https://smba.trafficmanager.net/emea/"),
            "key not endorsed for msteams" => "Bearer " + _host.OpenId.Token(BotHost.AppId, sink, keyId: OpenIdServer.WebChatKey),
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = System.Net.Http.Json.JsonContent.Create(_host.Message("hilfe")) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await _host.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(await _host.Connector.QuietAsync());
        Assert.Equal(0, _host.Credential.Calls);
    }

    [Fact]
    public async Task OpenIdMetadataUnreachable_Is503AndNothingIsSent()
    {
        using var host = new BotHost(azurite, new() { ["Bot:OpenIdMetadataUrl"] = $"http://127.0.0.1:{Azurite.FreePort()}/v1/.well-known/openidconfiguration" });

        var response = await host.PostAsync(host.Message("hilfe"), host.Token());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(await host.Connector.QuietAsync());
    }

    [Fact]
    public async Task BotTurn_NeverWaitsForTheApisEntraMetadata()
    {
        // The API's Entra ID tenant publishes its keys elsewhere; a bot turn's Bot Framework token is not the API's
        // business. Run through the API's handler it fetched that metadata on every turn (5 s where Entra ID did
        // not answer: every capture answer and first turn of the load bench).
        using var entra = new OpenIdServer();
        using var host = new BotHost(azurite, new() { ["Api:ClientId"] = "7c0f4a52-1b9e-4d7a-8c3f-2e6b5a4d3c21", ["Api:OpenIdMetadataUrl"] = entra.MetadataUrl });

        for (var turn = 0; turn < 3; turn++)
        {
            using var response = await host.PostAsync(host.Message("hilfe"), host.Token());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(0, entra.Requests);
        host.Client.DefaultRequestHeaders.Authorization = new("Bearer", entra.AccessToken(host.Tenant.Value, "7c0f4a52-1b9e-4d7a-8c3f-2e6b5a4d3c21"));
        using var api = await host.Client.GetAsync("/api/templates");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.True(entra.Requests > 0, "the API itself still checks its callers against the Entra metadata");
    }

    [Fact]
    public async Task ActivityFromAnotherTenant_IsRefused()
    {
        var message = _host.Message("hilfe");
        message["conversation"]!["tenantId"] = "11111111-2222-3333-4444-555555555555";
        message["channelData"]!["tenant"]!["id"] = "11111111-2222-3333-4444-555555555555";

        var response = await _host.PostAsync(message, _host.Token());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await _host.Connector.QuietAsync());
    }

    private static string Unsigned(string serviceUrl)
    {
        static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return $"{Part("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"teams-key\"}")}.{Part($"{{\"iss\":\"https://api.botframework.com\",\"aud\":\"{BotHost.AppId}\",\"exp\":{exp},\"serviceurl\":\"{serviceUrl}\"}}")}.";
    }

    private static string Symmetric(string serviceUrl) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "https://api.botframework.com",
        Audience = BotHost.AppId,
        Expires = DateTime.UtcNow.AddHours(1),
        Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = OpenIdServer.TeamsKey }, SecurityAlgorithms.HmacSha256),
    });
}

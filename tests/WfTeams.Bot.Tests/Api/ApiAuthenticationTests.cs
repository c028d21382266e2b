using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.Tokens;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Api;

/// <summary>The API refuses every token Entra ID would not have issued to a user of this tenant for this API.</summary>
[Collection("Azurite")]
public sealed class ApiAuthenticationTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private readonly List<WebApplicationFactory<Program>> _factories = [];

    public void Dispose() => _factories.ForEach(f => f.Dispose());

    private HttpClient Client(Dictionary<string, string?>? settings = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Storage:ConnectionString", azurite.Server.ConnectionString).UseApi(_tenant);
            foreach (var (key, value) in settings ?? [])
            {
                host.UseSetting(key, value);
            }
        });
        _factories.Add(factory);
        return factory.CreateClient();
    }

    public static TheoryData<string> InvalidTokens() =>
    [
        "malformed", "alg-none", "hs256", "wrong-key", "wrong-issuer", "issuer-of-another-tenant", "wrong-audience", "expired",
    ];

    [Fact]
    public async Task NoToken_401WithBearerChallengeAndAProblemInTheUsersLanguage()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("geheim"));
        var client = Client();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        foreach (var path in new[] { "/api/templates", "/api/templates/geheim", "/api/templates/geheim/profile.docx" })
        {
            using var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("sign in", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(InvalidTokens))]
    public async Task InvalidToken_401AndNoDocument(string spoiled)
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("geheim"));
        var client = Client().As(Spoil(spoiled));

        using var list = await client.GetAsync("/api/templates");
        using var profile = await client.GetAsync("/api/templates/geheim/profile.docx");

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, profile.StatusCode);
        Assert.Contains("invalid_token", profile.Headers.WwwAuthenticate.Single().Parameter, StringComparison.Ordinal);
        Assert.Equal("application/problem+json", profile.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TokenOfAnotherTenant_403NamingIt()
    {
        var other = AzuriteFixture.NewTenant();
        var client = Client().As(ApiTokens.OpenId.AccessToken(other.Value, ApiTokens.ClientId, roles: ["Process.Editor"]));

        using var response = await client.GetAsync("/api/templates");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("anderen Organisation", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenWithoutTheScope_403()
    {
        var client = Client().As(ApiTokens.OpenId.AccessToken(_tenant.Value, ApiTokens.ClientId, scope: "User.Read"));

        using var response = await client.GetAsync("/api/templates");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("access_as_user", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_ReadsButCannotWrite_NothingStored()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("geheim"));
        var client = Client().As(ApiTokens.Reader(_tenant));
        var profile = await client.GetByteArrayAsync("/api/templates/geheim/profile.docx");

        using var response = await client.PostAsync("/api/templates/geheim/profile.docx", ProfileEdits.Content(ProfileEdits.Replace(profile, "wf:goal", "Neu")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Process.Editor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await azurite.Store.GetHeadAsync(_tenant, "geheim"))!.LatestVersion);
    }

    [Fact]
    public async Task EditorByRoleOrByGroup_Writes()
    {
        const string group = "3d0c2a1b-5e4f-4a3b-9c8d-7e6f5a4b3c2d";
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("geheim"));
        var client = Client(new() { ["Api:EditorGroupId"] = group });
        var profile = await client.As(ApiTokens.Reader(_tenant)).GetByteArrayAsync("/api/templates/geheim/profile.docx");

        using var byRole = await client.As(ApiTokens.Editor(_tenant)).PostAsync("/api/templates/geheim/profile.docx", ProfileEdits.Content(ProfileEdits.Replace(profile, "wf:goal", "Neu 1")));
        using var byGroup = await client.As(ApiTokens.OpenId.AccessToken(_tenant.Value, ApiTokens.ClientId, groups: [group]))
            .PostAsync("/api/templates/geheim/profile.docx?base=latest", ProfileEdits.Content(ProfileEdits.Replace(profile, "wf:goal", "Neu 2")));

        Assert.Equal(HttpStatusCode.Created, byRole.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byGroup.StatusCode);
        Assert.Equal(3, (await azurite.Store.GetHeadAsync(_tenant, "geheim"))!.LatestVersion);
    }

    [Fact]
    public async Task SignedReportLink_NeedsNoToken_ButTheApiBesideItDoes()
    {
        var client = Client();

        using var report = await client.GetAsync("/api/cases/unbekannt1/report.docx?expires=1&sig=x");
        using var diagram = await client.GetAsync("/api/templates/geheim/diagram.png?version=1&expires=1&sig=x");
        using var templates = await client.GetAsync("/api/templates");
        using var svg = await client.GetAsync("/api/templates/geheim/diagram.svg");

        Assert.Equal(HttpStatusCode.Forbidden, report.StatusCode); // judged by its signature, not by a token
        Assert.Equal(HttpStatusCode.Forbidden, diagram.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, templates.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, svg.StatusCode);
    }

    [Fact]
    public async Task DevelopmentMode_LoopbackCallerNeedsNoToken_UnlessAClientIdIsSet()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("offen"));
        var development = Kestrel(new() { ["Api:ClientId"] = "", ["Api:AllowUnauthenticated"] = "true" });
        var production = Kestrel(new() { ["Api:AllowUnauthenticated"] = "true" });

        using var open = await development.GetAsync("/api/templates/offen");
        using var closed = await production.GetAsync("/api/templates/offen");

        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, closed.StatusCode);
    }

    [Fact]
    public async Task DevelopmentMode_CallerWithoutLoopbackAddress_401()
    {
        // The in-memory test server has no remote address: not loopback, so not trusted.
        var client = Client(new() { ["Api:ClientId"] = "", ["Api:AllowUnauthenticated"] = "true" });

        using var response = await client.GetAsync("/api/templates");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private HttpClient Kestrel(Dictionary<string, string?> settings)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Storage:ConnectionString", azurite.Server.ConnectionString).UseApi(_tenant).UseSetting("Urls", "http://127.0.0.1:0");
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
        factory.UseKestrel(0);
        factory.StartServer();
        _factories.Add(factory);
        return factory.CreateClient();
    }

    private string Spoil(string how) => how switch
    {
        "malformed" => "das-ist-kein-token",
        "alg-none" => Unsigned(),
        "hs256" => ApiTokens.OpenId.AccessToken(_tenant.Value, ApiTokens.ClientId, roles: ["Process.Editor"],
            signWith: new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = OpenIdServer.TeamsKey }, SecurityAlgorithms.HmacSha256)),
        "wrong-key" => ApiTokens.OpenId.AccessToken(_tenant.Value, ApiTokens.ClientId,
            signWith: new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = OpenIdServer.TeamsKey }, SecurityAlgorithms.RsaSha256)),
        "wrong-issuer" => ApiTokens.OpenId.AccessToken(_tenant.Value, ApiTokens.ClientId, issuer: "https://login.example.org/" + _tenant.Value + "/v2.0"),
        "issuer-of-another-tenant" => ApiTokens.OpenId.AccessToken(_tenant.Value, ApiTokens.ClientId, issuer: $"https://login.microsoftonline.com/{Guid.NewGuid()}/v2.0"),
        "wrong-audience" => ApiTokens.OpenId.AccessToken(_tenant.Value, "api://some-other-app"),
        "expired" => ApiTokens.OpenId.AccessToken(_tenant.Value, ApiTokens.ClientId, expires: DateTime.UtcNow.AddMinutes(-10)),
        _ => throw new ArgumentOutOfRangeException(nameof(how)),
    };

    /// <summary>A token that says it needs no signature.</summary>
    private string Unsigned()
    {
        static string Part(object value) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return Part(new { alg = "none", typ = "JWT" }) + "." + Part(new Dictionary<string, object>
        {
            ["iss"] = $"https://login.microsoftonline.com/{_tenant.Value}/v2.0", ["aud"] = ApiTokens.ClientId, ["tid"] = _tenant.Value,
            ["scp"] = "access_as_user", ["roles"] = new[] { "Process.Editor" }, ["nbf"] = now - 60, ["exp"] = now + 3600,
        }) + ".";
    }
}

using System.Net;
using System.Text.Json.Nodes;
using WfTeams.Bot.Addin;
using BotHost = WfTeams.Bot.Tests.BotFramework.BotHost;

namespace WfTeams.Bot.Tests.Addin;

/// <summary>The host serving the Word task pane under /addin/ and its config.json.</summary>
[Collection("Azurite")]
public sealed class AddinFilesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Pane_IndexPage_IsServedWithContentSecurityPolicyAndRevalidation()
    {
        using var host = new BotHost(azurite);

        using var response = await host.Client.GetAsync("/addin/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("pane.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(AddinFiles.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com;", AddinFiles.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl!.NoCache);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Pane_HashedChunk_IsCachedForGoodAndTheScriptIsJavaScript()
    {
        using var host = new BotHost(azurite);
        var chunk = Directory.GetFiles(Path.Combine(AddinFiles.DefaultRoot, "chunks"), "*.js").First();

        using var script = await host.Client.GetAsync("/addin/pane.js");
        using var cached = await host.Client.GetAsync($"/addin/chunks/{Path.GetFileName(chunk)}");

        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.True(script.Headers.CacheControl!.NoCache);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.True(cached.Headers.CacheControl!.MaxAge >= TimeSpan.FromDays(365));
    }

    [Fact]
    public async Task Pane_Revalidation_AnswersNotModified()
    {
        using var host = new BotHost(azurite);
        using var first = await host.Client.GetAsync("/addin/index.html");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/addin/index.html");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await host.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory]
    [InlineData("/addin/.meta.json")]
    [InlineData("/addin/../appsettings.json")]
    [InlineData("/addin/%2e%2e/appsettings.json")]
    [InlineData("/addin/nothing.js")]
    [InlineData("/addin/chunks")]
    public async Task Pane_FileOutsideThePaneOrHidden_IsNotFound(string path)
    {
        using var host = new BotHost(azurite);

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pane_WithoutSlash_RedirectsToThePane()
    {
        using var host = new BotHost(azurite);

        using var response = await host.Client.GetAsync("/addin");

        // The client follows the redirect: it ends on the pane's page.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/addin/", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Config_DevelopmentMode_TurnsSignInOff()
    {
        using var host = new BotHost(azurite, new() { ["Api:AllowUnauthenticated"] = "true" });

        var config = JsonNode.Parse(await host.Client.GetStringAsync("/addin/config.json"))!;

        Assert.False(config["signIn"]!.GetValue<bool>());
        Assert.Null(config["clientId"]);
        Assert.Equal(host.Tenant.Value, config["tenantId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Config_WithApiRegistration_NamesClientAndScopeAndNeedsSignIn()
    {
        const string clientId = "7d1c1f8e-1b2a-4c3d-8e9f-001122334455";
        using var host = new BotHost(azurite, new() { ["Api:ClientId"] = clientId, ["Bot:HostName"] = "wfteams.example.com" });
        using var withAudience = new BotHost(azurite, new() { ["Api:ClientId"] = clientId, ["Api:Audience"] = "api://wiFo/" });

        using var response = await host.Client.GetAsync("/addin/config.json");
        var config = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var other = JsonNode.Parse(await withAudience.Client.GetStringAsync("/addin/config.json"))!;

        Assert.True(config["signIn"]!.GetValue<bool>());
        Assert.Equal(clientId, config["clientId"]!.GetValue<string>());
        Assert.Equal($"api://wfteams.example.com/{clientId}/access_as_user", config["scope"]!.GetValue<string>());
        Assert.Equal("api://wiFo/access_as_user", other["scope"]!.GetValue<string>());
        Assert.True(response.Headers.CacheControl!.NoCache);
    }
}

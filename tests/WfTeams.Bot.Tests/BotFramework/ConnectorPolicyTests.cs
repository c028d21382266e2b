using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WfTeams.Bot.BotFramework;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.BotFramework;

/// <summary>Where the bot may send: the allow-list of service URLs, and development mode.</summary>
[Collection("Azurite")]
public sealed class ConnectorPolicyTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/v3/", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net.attacker.example/", false)]
    [InlineData("https://botframework.com.attacker.example/", false)]
    [InlineData("https://attacker.example/smba.trafficmanager.net/", false)]
    [InlineData("https://user@smba.trafficmanager.net/emea/", false)]
    [InlineData("https://169.254.169.254/metadata/", false)]
    [InlineData("http://127.0.0.1:8080/", false)]
    [InlineData("not a url", false)]
    [InlineData(null, false)]
    public void DefaultAllowList_AllowsTeamsAndBotFrameworkHostsOnly(string? serviceUrl, bool allowed)
    {
        var policy = new ServiceUrlPolicy(Options.Create(new BotOptions { AppId = BotHost.AppId }), new Environment(Environments.Production));

        Assert.Equal(allowed, policy.IsAllowed(serviceUrl));
    }

    [Fact]
    public void ConfiguredAllowList_ReplacesTheDefault()
    {
        var options = new BotOptions { AppId = BotHost.AppId, AllowedServiceUrls = ["https://connector.contoso.example/bot/"] };
        var policy = new ServiceUrlPolicy(Options.Create(options), new Environment(Environments.Production));

        Assert.True(policy.IsAllowed("https://connector.contoso.example/bot/v3/"));
        Assert.False(policy.IsAllowed("https://connector.contoso.example/other/"));
        Assert.False(policy.IsAllowed("https://smba.trafficmanager.net/emea/"));
    }

    [Fact]
    public async Task ServiceUrlOffTheAllowList_IsNeverCalled()
    {
        // Production: a loopback service URL is off the list, even with a token that names it.
        using var host = new BotHost(azurite, environment: Environments.Production);

        var response = await host.PostAsync(host.Message("hilfe"), host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await host.Connector.QuietAsync());
        Assert.Equal(0, host.Credential.Calls);
    }

    [Fact]
    public async Task DevelopmentMode_AcceptsLoopbackCallersWithoutATokenAndSendsWithoutOne()
    {
        using var host = new BotHost(azurite, new() { ["Bot:AppId"] = "", ["Bot:AllowUnauthenticated"] = "true" }, kestrel: true);

        var response = await host.PostAsync(host.Message("hilfe"), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(await host.Connector.WaitForAsync(1));
        Assert.Null(call.Authorization);
        Assert.Equal(0, host.Credential.Calls);
    }

    [Fact]
    public async Task DevelopmentMode_RefusesCallersThatAreNotLoopback()
    {
        // The in-memory test server has no remote address: not a loopback caller.
        using var host = new BotHost(azurite, new() { ["Bot:AppId"] = "", ["Bot:AllowUnauthenticated"] = "true" });

        var response = await host.PostAsync(host.Message("hilfe"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await host.Connector.QuietAsync());
    }

    [Fact]
    public async Task NoAppIdWithoutDevelopmentMode_RefusesEverything()
    {
        using var host = new BotHost(azurite, new() { ["Bot:AppId"] = "" }, kestrel: true);

        var response = await host.PostAsync(host.Message("hilfe"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await host.Connector.QuietAsync());
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "wfteams";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}

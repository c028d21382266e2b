using WfTeams.Bot.Tests.Activities;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.EndToEnd;

/// <summary>The bot in the Microsoft 365 Agents Playground, driven through its web page in headless Chromium.</summary>
[Collection("Azurite")]
public sealed class PlaygroundTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Help_IsAnsweredWithTheHelpCardInThePlayground()
    {
        using var host = new BotHost(azurite, new() { ["Bot:AppId"] = "", ["Bot:AllowUnauthenticated"] = "true" }, kestrel: true);
        Assert.NotEqual(3978, host.Client.BaseAddress!.Port); // never the port ./run.sh uses
        await using var playground = await Playground.StartAsync(new Uri(host.Client.BaseAddress!, "api/messages").AbsoluteUri);
        var screenshot = PlaygroundChat.Screenshot("playground-help.png");

        // The welcome comes in German or English (the Playground sends locales inconsistently); its user writes en-US.
        var (exitCode, output) = await PlaygroundChat.RunAsync(playground.Url, screenshot, "see:WfTeams", "say:hilfe", "see:How to work with me");

        Assert.True(exitCode == 0, $"{host.Client.BaseAddress}: {output}");
        Assert.True(new FileInfo(screenshot).Length > 10_000, "no screenshot");
    }
}

using WfTeams.Bot.Tests.BotFramework;
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

    [Fact]
    public async Task Case_IsWorkedThroughFourStepsInThePlayground()
    {
        using var host = new BotHost(azurite, new() { ["Bot:AppId"] = "", ["Bot:AllowUnauthenticated"] = "true", ["Bot:TenantId"] = "" }, kestrel: true);
        await azurite.Store.ImportAsync(new Core.Storage.TenantId(Hosting.Tenancy.DevelopmentTenant), ShortProcess());
        await using var playground = await Playground.StartAsync(new Uri(host.Client.BaseAddress!, "api/messages").AbsoluteUri);
        var screenshot = PlaygroundChat.Screenshot("playground-case.png");

        var (exitCode, output) = await PlaygroundChat.RunAsync(playground.Url, screenshot,
            "see:WfTeams",
            "say:start Kurzanfrage for Muster GmbH", "see:Step 1 of 4",
            "click:Done", "see:Please", // the required checklist item is not ticked: the same card with the error
            "check:", "click:Done", "see:Step 2 of 4",
            "fill:Anna Schmidt", "click:Done", "see:Step 3 of 4",
            "choose:Yes – pass it on", "click:Done", "see:Step 4 of 4",
            "click:Done", "see:Case completed");

        Assert.True(exitCode == 0, output);
    }

    /// <summary>A short released process: a checklist, a field, a decision, a last step.</summary>
    private static Core.Processes.ProcessTemplate ShortProcess() => TemplateFactory.Minimal("kurzanfrage") with
    {
        Name = "Kurzanfrage",
        Status = Core.Processes.TemplateStatus.Released,
        Steps =
        [
            new() { Id = "erfassen", Title = "Anfrage erfassen", Responsible = "Sachbearbeitung", Checklist = [new() { Id = "crm", Text = "Im CRM angelegt", Required = true }] },
            new() { Id = "zuordnen", Title = "Ansprechperson festlegen", Responsible = "Teamleitung", Fields = [new() { Id = "person", Label = "Ansprechperson", Type = Core.Processes.FieldType.Person, Required = true }] },
            new()
            {
                Id = "entscheiden", Title = "Weitergabe entscheiden", Responsible = "Teamleitung",
                Decision = new() { Question = "Weitergeben?", Options = [new() { Id = "ja", Label = "Yes – pass it on", Next = "weitergeben" }, new() { Id = "nein", Label = "No – close", End = true }] },
            },
            new() { Id = "weitergeben", Title = "An die Fachabteilung weitergeben", Responsible = "Sachbearbeitung" },
        ],
    };
}

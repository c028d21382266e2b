using WfTeams.Bot.Tests.BotFramework;
using WfTeams.Core.Capture;
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

    [Fact]
    public async Task Interview_MasterDataAndTwoSteps_OnTheOverviewInThePlayground()
    {
        using var host = new BotHost(azurite, new() { ["Bot:AppId"] = "", ["Bot:AllowUnauthenticated"] = "true", ["Bot:TenantId"] = "" }, kestrel: true);
        await using var playground = await Playground.StartAsync(new Uri(host.Client.BaseAddress!, "api/messages").AbsoluteUri);
        var screenshot = PlaygroundChat.Screenshot("playground-capture.png");
        var sample = await CaseFactory.SampleAsync("bestandskundenbetreuung");

        // Every master-data card: the required questions answered from the sample, the category chosen, a card of optional ones skipped.
        var english = System.Globalization.CultureInfo.GetCultureInfo("en-US");
        var steps = new List<string> { "see:WfTeams", "say:neuen Prozess erfassen", $"see:card 1 of {MasterQuestions.Cards}" };
        for (var card = 0; card < MasterQuestions.Cards; card++)
        {
            var questions = MasterQuestions.OnCardOf(MasterQuestions.FirstOf(card));
            foreach (var question in questions)
            {
                if (question.Kind == AnswerKind.Category)
                {
                    steps.Add("choose:Core process");
                }
                else if (!question.Optional)
                {
                    steps.Add($"set:{Core.Resources.Messages.Format("CaptureAsk_" + question.Key, english)}={question.Current(sample)}");
                }
            }

            if (card == 0)
            {
                steps.Add("shot:" + PlaygroundChat.Screenshot("playground-capture-name-card.png"));
            }

            steps.Add(questions.All(q => q.Optional) ? "click:Skip" : "click:Next");
            steps.Add(card + 1 < MasterQuestions.Cards ? $"see:card {card + 2} of {MasterQuestions.Cards}" : "see:Everything about one step");
        }

        steps.AddRange(
        [
            "set:Step title=Anfrage aufnehmen", "set:Responsible role=Wirtschaftsförderung", "set:Checklist (one item a line)=Firmendaten geprüft *",
            "click:Save, next step", "see:So far: Anfrage aufnehmen",
            "set:Step title=Unternehmen besuchen", "set:Responsible role=Bestandspflege", "set:Duration (e.g. 2 h, 3 days, 2 weeks)=2 Std",
            "click:Save and finish", "see:Draft overview", "see:Anfrage aufnehmen", "see:Unternehmen besuchen", "see:Submit for review",
        ]);
        var (exitCode, output) = await PlaygroundChat.RunAsync(playground.Url, screenshot, [.. steps]);

        Assert.True(exitCode == 0, output);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "no screenshot");
        var draft = Assert.Single(await new Core.Capture.DraftStore(azurite.Server.CreateServiceClient()).ListAsync(new Core.Storage.TenantId(Hosting.Tenancy.DevelopmentTenant), null, Core.Capture.DraftStatus.Capturing), d => d.Template.Name == sample.Name);
        Assert.Equal(["Anfrage aufnehmen", "Unternehmen besuchen"], draft.Template.Steps.Select(s => s.Title));
        Assert.Equal((sample.Owner, Core.Processes.ProcessCategory.Core), (draft.Template.Owner, draft.Template.Category));
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

using System.Text.Json.Nodes;
using WfTeams.Bot.Tests.BotFramework;
using WfTeams.Core.Capture;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Capture;

/// <summary>Capturing, reviewing and releasing a process in chat through <c>POST /api/messages</c>.</summary>
[Collection("Azurite")]
public sealed class CaptureProtocolTests(AzuriteFixture azurite) : IDisposable
{
    private const string Erika = "00000000-0000-0000-0000-0000000000e1";
    private const string Ben = "00000000-0000-0000-0000-0000000000b2";
    private const string Carla = "00000000-0000-0000-0000-0000000000c3";

    private readonly BotHost _host = new(azurite, new()
    {
        ["Roles:Reviewers:0"] = Erika,
        ["Roles:Reviewers:1"] = Ben,
    });

    public void Dispose() => _host.Dispose();

    public static string FixturePath => Path.Combine(Azurite.RepositoryRoot(), "tests", "WfTeams.Bot.Tests", "Capture", "bestandskundenbetreuung-captured.json");

    [Fact]
    public async Task BestandskundenbetreuungInterview_ReviewedAndReleased_ExactlyTheFixture()
    {
        var sample = await CaseFactory.SampleAsync("bestandskundenbetreuung");
        var erika = new CaptureChat(_host);

        var preview = await erika.CaptureAsync(sample);
        Assert.Contains("Zur Prüfung geben", CaptureChat.Text(preview), StringComparison.Ordinal);

        // The draft's Prozesssteckbrief through the signed link on the overview; a tampered signature is refused.
        var link = new Uri((string)((preview["actions"] as JsonArray)!.Select(a => a!.AsObject()).Single(a => (string?)a["type"] == "Action.OpenUrl")["url"])!);
        Assert.StartsWith("/api/drafts/", link.AbsolutePath, StringComparison.Ordinal);
        using (var profile = await _host.Client.GetAsync(link.PathAndQuery))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, profile.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", profile.Content.Headers.ContentType?.MediaType);
            Assert.True((await profile.Content.ReadAsByteArrayAsync()).Length > 5000);
        }

        using (var tampered = await _host.Client.GetAsync(link.PathAndQuery.Replace("sig=", "sig=A", StringComparison.Ordinal)))
        {
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, tampered.StatusCode);
        }

        var submitted = await erika.ClickAsync(preview, "capture.submit");
        Assert.Contains("zur Prüfung gegeben", CaptureChat.Text(submitted), StringComparison.Ordinal);

        // The turns the owner needs (the measure of issue 13): the command, 5 master-data cards, one card per step, submit.
        Assert.Equal(1 + MasterQuestions.Cards + sample.Steps.Count + 1, erika.Turns);
        Assert.Equal(14, erika.Turns);
        Assert.True(erika.Turns <= 40, $"{erika.Turns} turns");

        // Four eyes: Erika may not release her own draft.
        var ownReviews = await erika.SayAsync("prüfungen");
        var ownReview = await erika.ClickAsync(ownReviews, "capture.review");
        var refused = await erika.ClickAsync(ownReview, "capture.release", new JsonObject { ["comment"] = "Erstfassung" });
        Assert.Contains("Vier-Augen-Prinzip", CaptureChat.Text(refused), StringComparison.Ordinal);
        Assert.Null(await azurite.Store.GetHeadAsync(_host.Tenant, "bestandskundenbetreuung-bestandspflege"));

        // Carla is no reviewer and is told why.
        var carla = new CaptureChat(_host, Carla, "Carla Beispiel");
        Assert.Contains("Nur Prüferinnen und Prüfer", CaptureChat.Text(await carla.SayAsync("prüfungen")), StringComparison.Ordinal);
        Assert.Contains("Nur Prüferinnen und Prüfer", CaptureChat.Text(await carla.ClickAsync(ownReview, "capture.release", new JsonObject { ["comment"] = "x" })), StringComparison.Ordinal);

        // Ben reviews: a new process, every field listed; releasing without a change note is refused.
        var ben = new CaptureChat(_host, Ben, "Ben Prüfer");
        var review = await ben.ClickAsync(await ben.SayAsync("reviews"), "capture.review");
        Assert.Contains("Ein neuer Prozess", CaptureChat.Text(review), StringComparison.Ordinal);
        Assert.Contains("Änderungsvermerk", CaptureChat.Text(await ben.ClickAsync(review, "capture.release", new JsonObject { ["comment"] = " " })), StringComparison.Ordinal);
        var released = await ben.ClickAsync(review, "capture.release", new JsonObject { ["comment"] = "Erstfassung aus dem Chat" });
        Assert.Contains("als Version 1 freigegeben", CaptureChat.Text(released), StringComparison.Ordinal);

        var stored = await azurite.Store.GetAsync(_host.Tenant, "bestandskundenbetreuung-bestandspflege");
        Assert.Equal(TemplateStatus.Released, stored!.Status);
        var json = TemplateJson.Serialize(stored with { ChangeHistory = [.. stored.ChangeHistory.Select(c => c with { Date = new DateOnly(2026, 12, 1) })] });
        if (Environment.GetEnvironmentVariable("WFTEAMS_WRITE_FIXTURES") == "1")
        {
            await File.WriteAllTextAsync(FixturePath, json + "\n");
        }

        Assert.Equal((await File.ReadAllTextAsync(FixturePath)).TrimEnd(), json.TrimEnd());
    }

    [Fact]
    public async Task SubmittedForReview_ReviewersWithAChatGetAPrüfenCard_OthersSkippedAndTheOwnerToldWho()
    {
        const string Dora = "00000000-0000-0000-0000-0000000000d4";
        using var host = new BotHost(azurite, new() { ["Roles:Reviewers:0"] = Erika, ["Roles:Reviewers:1"] = Ben, ["Roles:Admins:0"] = Dora });
        var ben = new CaptureChat(host, Ben, "Ben Prüfer", "a:ben-personal");
        await ben.SayAsync("hilfe"); // Ben wrote to the bot once: his personal chat is known. Dora never did.
        var erika = new CaptureChat(host);
        var preview = await erika.CaptureAsync(await CaseFactory.SampleAsync("bestandskundenbetreuung"));
        var before = host.Connector.Calls.Count;

        var submitted = CaptureChat.Text(await erika.ClickAsync(preview, "capture.submit"));

        Assert.Contains("Benachrichtigt: Ben Prüfer.", submitted, StringComparison.Ordinal);
        Assert.Contains("1 ohne Chat mit dem Bot wurden nicht benachrichtigt", submitted, StringComparison.Ordinal);
        var call = Assert.Single((await host.Connector.QuietAsync())[before..]); // not Erika herself, not Dora
        Assert.Contains("ben-personal", call.Path, StringComparison.Ordinal);
        var notice = StepCards.Card(call);
        Assert.Contains("von Erika Mustermann wartet auf Prüfung", CaptureChat.Text(notice), StringComparison.Ordinal);
        Assert.Contains("Ein neuer Prozess", CaptureChat.Text(await ben.ClickAsync(notice, "capture.review")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsTooLongTogetherForOneCard_RefusedAndNothingStored()
    {
        var erika = new CaptureChat(_host);
        var card = await erika.SayAsync("neuen Prozess erfassen");
        card = await erika.ClickAsync(card, "capture.answer", new JsonObject { ["name"] = "Test", ["owner"] = "Team" });
        card = await erika.ClickAsync(card, "capture.answer", new JsonObject { ["goal"] = "Ziel" });
        card = await erika.ClickAsync(card, "capture.answer", new JsonObject { ["trigger"] = "Anlass" });
        card = await erika.ClickAsync(card, "capture.answer", new JsonObject { ["result"] = "Ergebnis" });
        var store = new DraftStore(azurite.Server.CreateServiceClient());
        var before = Assert.Single(await store.ListAsync(_host.Tenant, Erika)).Revision;

        // Each list within its own limit, the nine together beyond what Teams shows on one card.
        var lists = new JsonObject();
        foreach (var question in MasterQuestions.OnCardOf(MasterQuestions.IndexOf("inputs")))
        {
            lists[question.Key] = string.Join("\n", Enumerable.Range(0, 50).Select(i => $"Öffentliche Ausschreibung Nummer {i} | Vergabestelle {question.Key}"));
        }

        var refused = CaptureChat.Text(await erika.ClickAsync(card, "capture.answer", lists));

        Assert.Contains("Zusammen zu lang für eine Karte", refused, StringComparison.Ordinal);
        var draft = Assert.Single(await store.ListAsync(_host.Tenant, Erika));
        Assert.Equal((before, 0), (draft.Revision, draft.Template.Inputs.Count));
    }

    [Fact]
    public async Task TwoDevicesAnswerAtOnce_OneTakenOneToldStale_NothingLost()
    {
        var erika = new CaptureChat(_host);
        var card = await erika.SayAsync("capture a new process");
        var data = StepCards.DataOf(card, "capture.answer");
        data["owner"] = "Team Förderung";
        var phone = data.DeepClone().AsObject();
        phone["name"] = "Fördermittelberatung";
        var laptop = data.DeepClone().AsObject();
        laptop["name"] = "Gründungsberatung";

        var answers = await Task.WhenAll(erika.SendAsync("capture.answer", phone), erika.SendAsync("capture.answer", laptop));

        var texts = answers.Select(CaptureChat.Text).ToList();
        Assert.Single(texts, t => t.Contains("wurde inzwischen geändert", StringComparison.Ordinal));
        Assert.Single(texts, t => !t.Contains("wurde inzwischen geändert", StringComparison.Ordinal) && t.Contains("Welches Ziel hat der Prozess?", StringComparison.Ordinal));
        var draft = Assert.Single(await new DraftStore(azurite.Server.CreateServiceClient()).ListAsync(_host.Tenant, Erika));
        Assert.Contains(draft.Template.Name, new[] { "Fördermittelberatung", "Gründungsberatung" });
        Assert.Equal(2, draft.Revision);

        // The older card clicked again later: stale, told, the draft unchanged.
        var stale = await erika.SendAsync("capture.answer", phone);
        Assert.Contains("wurde inzwischen geändert", CaptureChat.Text(stale), StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(await new DraftStore(azurite.Server.CreateServiceClient()).ListAsync(_host.Tenant, Erika)).Revision);
    }

    [Fact]
    public async Task BadAnswers_ToldOnTheCard_DraftUnchanged()
    {
        var erika = new CaptureChat(_host);
        var card = await erika.SayAsync("neuen Prozess erfassen");

        Assert.Contains("diese Angabe ist Pflicht", CaptureChat.Text(await erika.ClickAsync(card, "capture.answer", new JsonObject { ["name"] = "  ", ["owner"] = "Team" })), StringComparison.Ordinal);
        Assert.Contains("Zu lang", CaptureChat.Text(await erika.ClickAsync(card, "capture.answer", new JsonObject { ["name"] = new string('x', 201), ["owner"] = "Team" })), StringComparison.Ordinal);
        card = await erika.ClickAsync(card, "capture.answer", new JsonObject { ["name"] = "Test", ["owner"] = "Team" });
        Assert.Contains("Welches Ziel hat der Prozess?", CaptureChat.Text(card), StringComparison.Ordinal);

        // zurück: the name card again with what was answered on it.
        var back = CaptureChat.Text(await erika.ClickAsync(card, "capture.back"));
        Assert.Contains("Karte 1 von 5", back, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Team\"", back, StringComparison.Ordinal);

        var draft = Assert.Single(await new DraftStore(azurite.Server.CreateServiceClient()).ListAsync(_host.Tenant, Erika));
        Assert.Equal(("Test", 3), (draft.Template.Name, draft.Revision));
        Assert.Contains("Test", CaptureChat.Text(await erika.SayAsync("meine entwürfe")), StringComparison.Ordinal);
    }
}

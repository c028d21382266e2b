using WfTeams.Core.Capture;
using WfTeams.Core.Chat;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Tests.Capture;

[Collection("Azurite")]
public sealed class DraftStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SaveWithAnOldETag_Conflict_TheFirstWriteStands()
    {
        var tenant = AzuriteFixture.NewTenant();
        var store = new DraftStore(azurite.Server.CreateServiceClient());
        var draft = await store.SaveAsync(tenant, Draft.Start("d1", "u1", "Erika", Now));

        var phone = await store.SaveAsync(tenant, CaptureInterview.Answer(draft, new Dictionary<string, string> { ["name"] = "Fördermittelberatung", ["owner"] = "Team" }, Now).Draft);
        await Assert.ThrowsAsync<DraftConflictException>(() => store.SaveAsync(tenant, CaptureInterview.Answer(draft, new Dictionary<string, string> { ["name"] = "Gründungsberatung", ["owner"] = "Team" }, Now).Draft));

        var stored = await store.GetAsync(tenant, "d1");
        Assert.Equal(("Fördermittelberatung", 2, phone.ETag), (stored!.Template.Name, stored.Revision, stored.ETag));
    }

    [Fact]
    public async Task HostRestarted_MyDrafts_ResumesWhereLeft()
    {
        var tenant = AzuriteFixture.NewTenant();
        var context = new ChatContext(tenant.Value, new Actor("u1", "Erika"), "a1", "c1", Shared: false, "de-DE");
        var before = new CaptureConversation(new DraftStore(azurite.Server.CreateServiceClient()), azurite.Store, TimeProvider.System, new CaptureOptions());
        var first = (await before.OnMessageAsync("neuen Prozess erfassen", context))!.Send[0];
        var data = Testing.StepCards.DataOf(first, "capture.answer");
        data["name"] = "Fördermittelberatung";
        data["owner"] = "Team Förderung";
        await before.OnActionAsync("capture.answer", data, context);

        // A new conversation on new store clients: nothing held in memory.
        var after = new CaptureConversation(new DraftStore(azurite.Server.CreateServiceClient()), new TemplateStore(azurite.Server.CreateServiceClient()), TimeProvider.System, new CaptureOptions());
        var list = (await after.OnMessageAsync("my drafts", context with { Locale = "en-US" }))!.Send[0];
        var resumed = (await after.OnActionAsync("capture.open", Testing.StepCards.DataOf(list, "capture.open"), context))!.Replace!;

        Assert.Contains("Fördermittelberatung", list.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.Contains("Welches Ziel hat der Prozess?", resumed.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.Equal(2, (int)Testing.StepCards.DataOf(resumed, "capture.answer")["revision"]!);
    }

    [Fact]
    public async Task NotTheOwner_CannotAnswer_Told()
    {
        var tenant = AzuriteFixture.NewTenant();
        var conversation = new CaptureConversation(new DraftStore(azurite.Server.CreateServiceClient()), azurite.Store, TimeProvider.System, new CaptureOptions());
        var erika = new ChatContext(tenant.Value, new Actor("u1", "Erika"), "a1", "c1", Shared: false, "de-DE");
        var card = (await conversation.OnMessageAsync("neuen Prozess erfassen", erika))!.Send[0];
        var data = Testing.StepCards.DataOf(card, "capture.answer");
        data["name"] = "Übernommen";
        data["owner"] = "Team";

        var answer = (await conversation.OnActionAsync("capture.answer", data, erika with { Actor = new Actor("u2", "Ben") }))!.Replace!;

        Assert.Contains("gehört jemand anderem", answer.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.Equal("", (await new DraftStore(azurite.Server.CreateServiceClient()).ListAsync(tenant, "u1"))[0].Template.Name);
    }
}

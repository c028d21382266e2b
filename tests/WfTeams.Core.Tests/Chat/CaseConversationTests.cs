using System.Text.Json.Nodes;
using WfTeams.Core.Chat;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;
using WfTeams.Testing;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Core.Tests.Chat;

[Collection("Azurite")]
public sealed class CaseConversationTests(AzuriteFixture azurite)
{
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));

    private async Task<(CaseConversation Bot, TenantId Tenant)> SetupAsync()
    {
        var tenant = AzuriteFixture.NewTenant();
        await azurite.Store.ImportAsync(tenant, await SampleAsync("ansiedlung"));
        await azurite.Store.ImportAsync(tenant, await SampleAsync("bestandskundenbetreuung"));
        var runner = new CaseRunner(azurite.Store, new CaseStore(azurite.Server.CreateServiceClient()), _time);
        return (new CaseConversation(runner, azurite.Store), tenant);
    }

    private static ChatContext Chat(TenantId tenant, Actor? actor = null, string locale = "de-DE") =>
        new(tenant.Value, actor ?? Anna, NewActivityId(), "a:1on1-anna", false, locale);

    private static string Text(JsonObject? card) => card?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";

    [Fact]
    public async Task Conversation_StartCompleteStaleStatusCancel_RightCardsEachTime()
    {
        var (bot, tenant) = await SetupAsync();

        var list = Assert.Single((await bot.OnMessageAsync("prozesse", Chat(tenant))).Send);
        Assert.Contains("Bestandskundenbetreuung", Text(list), StringComparison.Ordinal);

        var ask = Assert.Single((await bot.OnMessageAsync("starte ansidlung", Chat(tenant))).Send);
        Assert.Contains("Worum geht es?", Text(ask), StringComparison.Ordinal);

        var startData = StepCards.DataOf(ask, "start");
        startData["subject"] = " ";
        Assert.Contains("Bitte nennen Sie", Text((await bot.OnActionAsync("start", startData, Chat(tenant))).Replace), StringComparison.Ordinal);
        startData["subject"] = "Muster GmbH";
        var step1 = (await bot.OnActionAsync("start", startData, Chat(tenant))).Replace!;
        Assert.Contains("Schritt 1 von 12", Text(step1), StringComparison.Ordinal);

        var empty = StepCards.DataOf(step1, "complete");
        var errors = (await bot.OnActionAsync("complete", empty, Chat(tenant))).Replace!;
        Assert.Contains("Bitte ausfüllen", Text(errors), StringComparison.Ordinal);
        Assert.Contains("es wurde nichts gespeichert", Text(errors), StringComparison.Ordinal);

        var filled = StepCards.DataOf(step1, "complete");
        foreach (var (id, value) in new[] { ("f.unternehmen", "Muster GmbH"), ("f.quelle", "0"), ("f.eingangsdatum", "2026-11-27"), ("f.ansprechperson", "Anna Schmidt") })
        {
            filled[id] = value;
        }

        foreach (var id in new[] { "crm-vorgang", "ansprechperson", "eingangsbestaetigung", "datenschutzhinweise" })
        {
            filled["c." + id] = "true";
        }

        var done = await bot.OnActionAsync("complete", filled, Chat(tenant));
        Assert.Contains("Erledigt von Anna Schmidt am 28.11.2026, 09:00 Uhr", Text(done.Replace), StringComparison.Ordinal);
        Assert.Contains("Schritt 2 von 12", Text(Assert.Single(done.Send)), StringComparison.Ordinal);

        var stale = (await bot.OnActionAsync("complete", filled, Chat(tenant))).Replace!;
        Assert.Contains("Dieser Schritt wurde bereits von Anna Schmidt am 28.11.2026 um 09:00 Uhr erledigt.", Text(stale), StringComparison.Ordinal);
        Assert.Contains("Schritt 2 von 12", Text(stale), StringComparison.Ordinal);

        Assert.Contains("1 von 12 Schritten erledigt", Text(Assert.Single((await bot.OnMessageAsync("status", Chat(tenant))).Send)), StringComparison.Ordinal);
        Assert.Contains("Muster GmbH", Text(Assert.Single((await bot.OnMessageAsync("meine Vorgänge", Chat(tenant))).Send)), StringComparison.Ordinal);

        var cancelled = Assert.Single((await bot.OnMessageAsync("abbrechen Unternehmen hat abgesagt", Chat(tenant))).Send);
        Assert.Contains("Vorgang abgebrochen", Text(cancelled), StringComparison.Ordinal);
        Assert.Contains("Unternehmen hat abgesagt", Text(cancelled), StringComparison.Ordinal);

        var late = await bot.OnActionAsync("complete", StepCards.DataOf(Assert.Single(done.Send), "complete"), Chat(tenant));
        Assert.Contains("abgebrochen; es wurde nichts geändert", Text(late.Replace), StringComparison.Ordinal);
        Assert.Contains("Vorgang abgebrochen", Text(Assert.Single(late.Send)), StringComparison.Ordinal);
        Assert.Contains("keine offenen Vorgänge", Text(Assert.Single((await bot.OnMessageAsync("my cases", Chat(tenant, locale: "de"))).Send)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conversation_EnglishUser_EnglishCards()
    {
        var (bot, tenant) = await SetupAsync();

        var step = Assert.Single((await bot.OnMessageAsync("start Bestandskunden for Example Ltd", Chat(tenant, locale: "en-GB"))).Send);

        Assert.Contains("Step 1 of 7", Text(step), StringComparison.Ordinal);
        Assert.Contains("\"Done\"", Text(step), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conversation_UnknownTextAndVerbs_HelpAndRefusal()
    {
        var (bot, tenant) = await SetupAsync();

        Assert.Contains("Das habe ich nicht verstanden", Text(Assert.Single((await bot.OnMessageAsync("prozese bitte", Chat(tenant))).Send)), StringComparison.Ordinal);
        Assert.Contains("Diese Aktion kenne ich nicht", Text((await bot.OnActionAsync("delete", new JsonObject(), Chat(tenant))).Replace), StringComparison.Ordinal);
        Assert.Contains("ungültige Daten", Text((await bot.OnActionAsync("complete", JsonNode.Parse("""{"caseId":1}"""), Chat(tenant))).Replace), StringComparison.Ordinal);
        Assert.Contains("Hier ist kein Vorgang offen", Text(Assert.Single((await bot.OnMessageAsync("status", Chat(tenant))).Send)), StringComparison.Ordinal);
        Assert.Contains("finde ich nicht", Text(Assert.Single((await bot.OnMessageAsync("starte Urlaubsantrag für mich", Chat(tenant))).Send)), StringComparison.Ordinal);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using WfTeams.Core.Chat;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Publishing;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;
using WfTeams.Testing;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Core.Tests.Chat;

/// <summary>"veröffentliche ‹Prozess›" in chat: editors publish the released version to a real handbook folder.</summary>
[Collection("Azurite")]
public sealed class PublishConversationTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wfteams-chat-publish-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(CaseConversation Bot, TenantId Tenant)> SetupAsync(params ProcessTemplate[] extra)
    {
        var tenant = AzuriteFixture.NewTenant();
        await azurite.Store.ImportAsync(tenant, await SampleAsync("ansiedlung"));
        foreach (var template in extra)
        {
            await azurite.Store.ImportAsync(tenant, template);
        }

        var publisher = new HandbookPublisher(
            azurite.Store,
            new PublishMarks(azurite.Server.CreateServiceClient()),
            new HandbookFolder(new PublishingOptions { Folder = _folder, BaseUrl = new Uri("http://127.0.0.1:3978/handbook/") }),
            _ => Task.FromResult(new DocumentOptions()),
            TimeProvider.System);
        var runner = new CaseRunner(azurite.Store, new CaseStore(azurite.Server.CreateServiceClient()), TimeProvider.System);
        return (new CaseConversation(runner, azurite.Store, handbook: new FolderHandbook(publisher), roles: new Editors(Anna.Id)), tenant);
    }

    private static ChatContext Chat(TenantId tenant, Actor actor, string locale = "de-DE") =>
        new(tenant.Value, actor, NewActivityId(), "a:1on1", false, locale);

    private static string Text(JsonObject card) =>
        card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string[] Urls(JsonObject card) =>
        [.. (card["actions"] as JsonArray ?? []).Where(a => (string?)a!["type"] == "Action.OpenUrl").Select(a => (string)a!["url"]!)];

    private string[] Documents() => Directory.GetFiles(_folder, "*.docx");

    [Fact]
    public async Task Editor_PublishesTheReleasedProcess_CardLinksTheProfile_AgainAlreadyPublished()
    {
        var (bot, tenant) = await SetupAsync();

        var card = Assert.Single((await bot.OnMessageAsync("<at>WfTeams</at> veröffentliche ansidlung", Chat(tenant, Anna))).Send);
        var again = Assert.Single((await bot.OnMessageAsync("publish Ansiedlung", Chat(tenant, Anna, "en-US"))).Send);

        var document = Assert.Single(Documents());
        Assert.StartsWith("Ansiedlung", Path.GetFileName(document), StringComparison.Ordinal);
        Assert.Contains("veröffentlicht", Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain("bereits", Text(card), StringComparison.Ordinal);
        Assert.Equal("http://127.0.0.1:3978/handbook/" + Path.GetFileName(document), Uri.UnescapeDataString(Urls(card)[0]));
        Assert.Contains("is already published", Text(again), StringComparison.Ordinal);
        Assert.Equal(Urls(card), Urls(again));
    }

    [Fact]
    public async Task NonEditor_Refused_NothingPublished()
    {
        var (bot, tenant) = await SetupAsync();

        var german = Assert.Single((await bot.OnMessageAsync("veröffentliche Ansiedlung", Chat(tenant, Ben))).Send);
        var english = Assert.Single((await bot.OnMessageAsync("publish Ansiedlung", Chat(tenant, Ben, "en-US"))).Send);

        Assert.Contains("Nur Prozessverantwortliche mit Bearbeitungsrecht können veröffentlichen", Text(german), StringComparison.Ordinal);
        Assert.Contains("Only process owners with editing rights can publish", Text(english), StringComparison.Ordinal);
        Assert.Empty(Urls(german));
        Assert.Empty(Documents());
    }

    [Fact]
    public async Task DraftOnly_RefusedWithThePublishersReason_NothingPublished()
    {
        var (bot, tenant) = await SetupAsync(TemplateFactory.Minimal("entwurf") with { Name = "Entwurfsprozess" });

        var card = Assert.Single((await bot.OnMessageAsync("veröffentliche Entwurfsprozess", Chat(tenant, Anna))).Send);

        Assert.Contains("Nicht veröffentlicht: Version 1 der Vorlage „entwurf“ ist nicht freigegeben", Text(card), StringComparison.Ordinal);
        Assert.Empty(Documents());
    }

    [Fact]
    public async Task UnknownAndAmbiguousName_ListsTheProcessesToChoose_NothingPublished()
    {
        var (bot, tenant) = await SetupAsync(
            TemplateFactory.Minimal("anfrage-a") with { Name = "Anfrage Fachkräfte", Status = TemplateStatus.Released },
            TemplateFactory.Minimal("anfrage-b") with { Name = "Anfrage Flächen", Status = TemplateStatus.Released });

        var none = Assert.Single((await bot.OnMessageAsync("veröffentliche Zoo", Chat(tenant, Anna))).Send);
        var several = Assert.Single((await bot.OnMessageAsync("veröffentliche Anfrage", Chat(tenant, Anna))).Send);

        Assert.Contains("Einen Prozess „Zoo“ finde ich nicht", Text(none), StringComparison.Ordinal);
        Assert.Contains("veröffentliche Ansiedlung", Text(none), StringComparison.Ordinal);
        Assert.Contains("Mehrere Prozesse passen zu „Anfrage“", Text(several), StringComparison.Ordinal);
        Assert.Contains("veröffentliche Anfrage Fachkräfte", Text(several), StringComparison.Ordinal);
        Assert.DoesNotContain("Ansiedlung", Text(several), StringComparison.Ordinal);
        Assert.Empty(Documents());
    }

    [Fact]
    public async Task WithoutHandbookOrRoles_Refused()
    {
        var tenant = AzuriteFixture.NewTenant();
        await azurite.Store.ImportAsync(tenant, await SampleAsync("ansiedlung"));
        var runner = new CaseRunner(azurite.Store, new CaseStore(azurite.Server.CreateServiceClient()), TimeProvider.System);

        var noRoles = Assert.Single((await new CaseConversation(runner, azurite.Store).OnMessageAsync("veröffentliche Ansiedlung", Chat(tenant, Anna))).Send);
        var noHandbook = Assert.Single((await new CaseConversation(runner, azurite.Store, roles: new Editors(Anna.Id)).OnMessageAsync("veröffentliche Ansiedlung", Chat(tenant, Anna))).Send);

        Assert.Contains("Nur Prozessverantwortliche", Text(noRoles), StringComparison.Ordinal);
        Assert.Contains("nicht eingerichtet", Text(noHandbook), StringComparison.Ordinal);
    }

    /// <summary>The host's seam, the same few lines: a publishing failure becomes the refusal text.</summary>
    private sealed class FolderHandbook(HandbookPublisher publisher) : IHandbook
    {
        public async Task<HandbookEntry> PublishAsync(TenantId tenant, string templateId, CultureInfo culture, CancellationToken cancellationToken = default)
        {
            try
            {
                var result = await publisher.PublishAsync(tenant, templateId, cancellationToken: cancellationToken);
                return new HandbookEntry(result.Name, result.Version, result.WebUrl, result.PdfUrl, result.AlreadyPublished);
            }
            catch (PublishingException ex)
            {
                return HandbookEntry.Refused(ex.LocalizedMessage(culture));
            }
        }
    }

    private sealed class Editors(params string[] ids) : IChatRoles
    {
        public bool IsEditor(Actor actor) => ids.Contains(actor.Id);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using WfTeams.Bot.BotFramework;
using WfTeams.Bot.Conversations;
using WfTeams.Core.Runs;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.BotFramework;

/// <summary>"veröffentliche ‹Prozess›" through <c>POST /api/messages</c>: the real host publishes to a local handbook folder.</summary>
[Collection("Azurite")]
public sealed class PublishProtocolTests(AzuriteFixture azurite) : IDisposable
{
    /// <summary>Erika's object id as BotHost's messages carry it, spelled in capitals as an admin center might.</summary>
    private const string Erika = "00000000-0000-0000-0000-0000000000E1";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wfteams-chat-publish-");
    private BotHost? _host;

    public void Dispose()
    {
        _host?.Dispose();
        _folder.Delete(recursive: true);
    }

    private async Task<JsonObject> AskAsync(string text, string editor)
    {
        _host = new BotHost(azurite, new()
        {
            ["Publishing:Folder"] = _folder.FullName,
            ["Publishing:BaseUrl"] = "http://127.0.0.1:3978/handbook/",
            ["Roles:Admins:0"] = "00000000-0000-0000-0000-00000000a0a0",
            ["Roles:Reviewers:0"] = editor,
        });
        await azurite.Store.ImportAsync(_host.Tenant, await CaseFactory.SampleAsync("ansiedlung"));

        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(_host.Message(text), _host.Token())).StatusCode);
        return StepCards.Card((await _host.Connector.WaitForAsync(1))[0]);
    }

    [Fact]
    public async Task Reviewer_PublishesFromChat_CardLinksTheWrittenProfile()
    {
        var card = await AskAsync("<at>WfTeams</at> veröffentliche Ansiedlung", Erika);

        var document = Assert.Single(_folder.GetFiles("*.docx"));
        Assert.StartsWith("Ansiedlung", document.Name, StringComparison.Ordinal);
        var open = (card["actions"] as JsonArray ?? []).Select(a => a!.AsObject()).First();
        Assert.Equal("Action.OpenUrl", (string?)open["type"]);
        Assert.Equal("http://127.0.0.1:3978/handbook/" + document.Name, Uri.UnescapeDataString((string)open["url"]!));
        Assert.Contains("veröffentlicht", card.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotInTheRoles_Refused_NothingWritten()
    {
        var card = await AskAsync("veröffentliche Ansiedlung", "00000000-0000-0000-0000-00000000b0b0");

        Assert.Contains("Nur Prozessverantwortliche mit Bearbeitungsrecht", card.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.Empty(_folder.GetFiles("*.docx", SearchOption.AllDirectories));
    }

    [Fact]
    public void ChatRoles_DevelopmentModeEveryone_OtherwiseAdminsAndReviewers()
    {
        var roles = Options.Create(new RolesOptions { Admins = [" " + Erika + " "], Reviewers = ["29:ben"] });
        var production = new ChatRoles(roles, Options.Create(new BotOptions { AppId = BotHost.AppId, AllowUnauthenticated = true }));
        var development = new ChatRoles(Options.Create(new RolesOptions()), Options.Create(new BotOptions { AllowUnauthenticated = true }));
        var nobody = new ChatRoles(Options.Create(new RolesOptions()), Options.Create(new BotOptions()));

        Assert.True(production.IsEditor(new Actor(Erika.ToLowerInvariant(), "Erika")));
        Assert.True(production.IsEditor(new Actor("29:ben", "Ben")));
        Assert.False(production.IsEditor(new Actor("29:carla", "Carla")));
        Assert.True(development.IsEditor(new Actor("29:carla", "Carla")));
        Assert.False(nobody.IsEditor(new Actor("29:carla", "Carla")));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WfTeams.Bot.Tests.Api;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Publishing;

/// <summary>POST /api/templates/{id}/publish: editors publish a released version to the (local) handbook.</summary>
[Collection("Azurite")]
public sealed class PublishApiTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wfteams-publish-api-");
    private WebApplicationFactory<Program>? _factory;

    public void Dispose()
    {
        _factory?.Dispose();
        _folder.Delete(recursive: true);
    }

    private HttpClient Client(string token)
    {
        _factory ??= new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Storage:ConnectionString", azurite.Server.ConnectionString)
            .UseSetting("Publishing:Folder", _folder.FullName)
            .UseApi(_tenant));
        return _factory.CreateClient().As(token);
    }

    [Fact]
    public async Task Editor_PublishesTheReleasedVersion_OnceEvenWhenAskedTwice()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("anfrage") with { Status = TemplateStatus.Released });
        var client = Client(ApiTokens.Editor(_tenant));

        var first = await (await client.PostAsync("/api/templates/anfrage/publish", null)).Content.ReadFromJsonAsync<JsonElement>();
        using var again = await client.PostAsync("/api/templates/anfrage/publish", null);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False(first.GetProperty("alreadyPublished").GetBoolean());
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadyPublished").GetBoolean());
        Assert.Single(_folder.GetFiles("*.docx"));
    }

    [Fact]
    public async Task Draft_409_ReaderRefused_NothingWritten()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("entwurf"));
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("anfrage") with { Status = TemplateStatus.Released });

        using var draft = await Client(ApiTokens.Editor(_tenant)).PostAsync("/api/templates/entwurf/publish", null);
        using var reader = await Client(ApiTokens.Reader(_tenant)).PostAsync("/api/templates/anfrage/publish", null);

        Assert.Equal(HttpStatusCode.Conflict, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.Empty(_folder.GetFiles("*.docx"));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WfTeams.Bot.Tests.Api;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Templates;

/// <summary>POST /api/templates/{id}/profile.docx: a profile edited in Word becomes the next draft version.</summary>
[Collection("Azurite")]
public sealed class WordImportApiTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private WebApplicationFactory<Program>? _factory;

    public void Dispose() => _factory?.Dispose();

    private HttpClient Editor()
    {
        _factory ??= new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Storage:ConnectionString", azurite.Server.ConnectionString).UseApi(_tenant));
        return _factory.CreateClient().As(ApiTokens.Editor(_tenant));
    }

    [Fact]
    public async Task EditedGoal_NewDraftVersionWithTheChangeAndAChangeEntry()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("anfrage") with { Status = TemplateStatus.Released });
        var client = Editor();
        var profile = await client.GetByteArrayAsync("/api/templates/anfrage/profile.docx");

        using var response = await client.PostAsync("/api/templates/anfrage/profile.docx", ProfileEdits.Content(ProfileEdits.Replace(profile, "wf:goal", "Binnen drei Tagen „beraten“.")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/templates/anfrage?version=2", response.Headers.Location?.OriginalString);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 1, true), (answer.GetProperty("version").GetInt32(), answer.GetProperty("basedOn").GetInt32(), answer.GetProperty("created").GetBoolean()));
        var change = Assert.Single(answer.GetProperty("changes").EnumerateArray());
        Assert.Equal(("goal", "Binnen drei Tagen „beraten“."), (change.GetProperty("path").GetString(), change.GetProperty("new").GetString()));

        var stored = await azurite.Store.GetAsync(_tenant, "anfrage", 2);
        Assert.Equal(("Binnen drei Tagen „beraten“.", TemplateStatus.Draft), (stored!.Goal, stored.Status));
        var entry = stored.ChangeHistory[^1];
        Assert.Equal((2, "Erika Mustermann", "Bearbeitet in Word"), (entry.Version, entry.Author, entry.Change));
        Assert.Equal(1, (await azurite.Store.GetHeadAsync(_tenant, "anfrage"))!.ReleasedVersion);
    }

    [Fact]
    public async Task Unchanged_200AndNoNewVersion()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("anfrage"));
        var client = Editor();
        var profile = await client.GetByteArrayAsync("/api/templates/anfrage/profile.docx");

        using var response = await client.PostAsync("/api/templates/anfrage/profile.docx", ProfileEdits.Content(profile));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetBoolean());
        Assert.Equal(1, (await azurite.Store.GetHeadAsync(_tenant, "anfrage"))!.LatestVersion);
    }

    [Fact]
    public async Task DocumentOlderThanLatest_409NamingBoth_ThenOnPurposeOntoTheLatest()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("anfrage"));
        var client = Editor();
        var first = await client.GetByteArrayAsync("/api/templates/anfrage/profile.docx?version=1");
        await client.PostAsync("/api/templates/anfrage/profile.docx", ProfileEdits.Content(ProfileEdits.Replace(first, "wf:trigger", "Ein Anruf.")));

        using var conflict = await client.PostAsync("/api/templates/anfrage/profile.docx", ProfileEdits.Content(ProfileEdits.Replace(first, "wf:goal", "Schneller.")));
        var problem = await conflict.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal((1, 2), (problem.GetProperty("documentVersion").GetInt32(), problem.GetProperty("latestVersion").GetInt32()));
        Assert.Equal(2, (await azurite.Store.GetHeadAsync(_tenant, "anfrage"))!.LatestVersion);

        using var applied = await client.PostAsync("/api/templates/anfrage/profile.docx?base=latest", ProfileEdits.Content(ProfileEdits.Replace(first, "wf:goal", "Schneller.")));
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var third = await azurite.Store.GetAsync(_tenant, "anfrage", 3);
        Assert.Equal(("Schneller.", "Ein Anruf."), (third!.Goal, third.Trigger)); // the edit of version 2 is kept
    }

    [Fact]
    public async Task ProfileOfAnotherTemplate_400NothingStored()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("anfrage"));
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("andere"));
        var client = Editor();
        var other = await client.GetByteArrayAsync("/api/templates/andere/profile.docx");

        using var response = await client.PostAsync("/api/templates/anfrage/profile.docx", ProfileEdits.Content(ProfileEdits.Replace(other, "wf:goal", "X")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("„andere“", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await azurite.Store.GetHeadAsync(_tenant, "andere"))!.LatestVersion);
    }

    [Fact]
    public async Task NotAWordDocument_400WithEveryProblemInEnglish()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("anfrage"));
        var client = Editor();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        using var response = await client.PostAsync("/api/templates/anfrage/profile.docx", ProfileEdits.Content("just text"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal(("$", "This is not a Word document (.docx)."), (error.GetProperty("path").GetString(), error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task EditBreakingATemplateRule_422ByFieldNothingStored()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("anfrage"));
        var client = Editor();
        var profile = await client.GetByteArrayAsync("/api/templates/anfrage/profile.docx");

        using var response = await client.PostAsync("/api/templates/anfrage/profile.docx", ProfileEdits.Content(ProfileEdits.Replace(profile, "wf:name", new string('x', 201))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal("$.name", error.GetProperty("path").GetString());
        Assert.Equal(1, (await azurite.Store.GetHeadAsync(_tenant, "anfrage"))!.LatestVersion);
    }

    [Fact]
    public async Task OpenApi_DescribesTheRoundTripAndItsSecurityScheme()
    {
        using var response = await Editor().GetAsync("/openapi/v1.json");
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = document.GetProperty("paths").GetProperty("/api/templates/{id}/profile.docx").GetProperty("post");
        Assert.True(post.GetProperty("responses").TryGetProperty("409", out _));
        Assert.Equal("EntraId", post.GetProperty("security")[0].EnumerateObject().Single().Name);
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("EntraId").GetProperty("scheme").GetString());
        Assert.False(document.GetProperty("paths").TryGetProperty("/api/messages", out _));
    }
}

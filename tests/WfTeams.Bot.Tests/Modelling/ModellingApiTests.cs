using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WfTeams.Bot.Tests.Api;
using WfTeams.Core.Modelling;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Modelling;

/// <summary>GET …/process.bpmn and …/diagram.svg, POST /api/templates/import: BPMN out and in over HTTP.</summary>
[Collection("Azurite")]
public sealed class ModellingApiTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private WebApplicationFactory<Program>? _factory;

    public void Dispose() => _factory?.Dispose();

    private HttpClient Client(bool editor)
    {
        _factory ??= new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Storage:ConnectionString", azurite.Server.ConnectionString).UseApi(_tenant));
        return _factory.CreateClient().As(editor ? ApiTokens.Editor(_tenant) : ApiTokens.Reader(_tenant));
    }

    private static ByteArrayContent Xml(byte[] bytes) => new(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/xml") } };

    private static string FixturePath(string name) =>
        Path.Combine(Azurite.RepositoryRoot(), "tests", "WfTeams.Core.Tests", "Modelling", "Fixtures", name);

    [Fact]
    public async Task GetBpmn_StoredTemplate_TheExportAsAFile()
    {
        var template = TemplateFactory.Large(12, "bpmn-abruf");
        await azurite.Store.ImportAsync(_tenant, template);

        var response = await Client(editor: false).GetAsync("/api/templates/bpmn-abruf/process.bpmn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("bpmn-abruf.bpmn", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(BpmnExport.Write(template, System.Globalization.CultureInfo.GetCultureInfo("de")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetSvg_StoredTemplate_AnInertPicture()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Large(5, "bild"));

        var response = await Client(editor: false).GetAsync("/api/templates/bild/diagram.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.StartsWith("<svg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBpmn_Unknown_Is404()
    {
        var response = await Client(editor: false).GetAsync("/api/templates/gibt-es-nicht/process.bpmn");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Import_ForeignFile_201DraftWithNoticesThenNextVersionKeepsTheProfile()
    {
        var client = Client(editor: true);
        var bytes = await File.ReadAllBytesAsync(FixturePath("signavio-bestandspflege.bpmn"));

        using var first = await client.PostAsync("/api/templates/import", Xml(bytes));
        var answer = await first.Content.ReadFromJsonAsync<JsonElement>();
        await azurite.Store.ImportAsync(_tenant, (await azurite.Store.GetAsync(_tenant, "bestandspflege-unternehmensbesuch", 1))! with { Version = 2, Owner = "Leitung Bestandspflege" });
        using var second = await client.PostAsync("/api/templates/import", Xml(bytes));
        var again = await second.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("/api/templates/bestandspflege-unternehmensbesuch?version=1", first.Headers.Location?.OriginalString);
        Assert.Equal(("bestandspflege-unternehmensbesuch", 1, "draft"), (answer.GetProperty("id").GetString(), answer.GetProperty("version").GetInt32(), answer.GetProperty("status").GetString()));
        Assert.Contains(answer.GetProperty("notices").EnumerateArray(), n => n.GetProperty("element").GetString() == "sid-DO-1" && n.GetProperty("name").GetString() == "Besuchsbericht");
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(3, again.GetProperty("version").GetInt32());
        var stored = await azurite.Store.GetAsync(_tenant, "bestandspflege-unternehmensbesuch", 3);
        Assert.Equal("Leitung Bestandspflege", stored!.Owner);
        Assert.Equal(4, stored.Steps.Count);
    }

    [Fact]
    public async Task Import_OurExportAgain_200NothingStored()
    {
        var template = TemplateFactory.Large(8, "zurueck") with { Status = TemplateStatus.Released };
        await azurite.Store.ImportAsync(_tenant, template);
        var client = Client(editor: true);
        var exported = await client.GetByteArrayAsync("/api/templates/zurueck/process.bpmn");

        using var response = await client.PostAsync("/api/templates/import", Xml(exported));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(answer.GetProperty("created").GetBoolean());
        Assert.Equal(1, (await azurite.Store.GetHeadAsync(_tenant, "zurueck"))!.LatestVersion);
    }

    [Fact]
    public async Task Import_BadFile_400NamingTheElementNothingStored()
    {
        var xml = """
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:x">
              <bpmn:process id="kaputt" name="Kaputt"><bpmn:startEvent id="s"/><bpmn:task id="t" name="T"/>
              <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/><bpmn:sequenceFlow id="f2" name="ins Leere" sourceRef="t" targetRef="weg"/></bpmn:process>
            </bpmn:definitions>
            """;

        using var response = await Client(editor: true).PostAsync("/api/templates/import", Xml(Encoding.UTF8.GetBytes(xml)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("f2 „ins Leere“", problem.GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Empty(await azurite.Store.ListAsync(_tenant));
    }

    [Fact]
    public async Task Import_Reader_403NothingStored()
    {
        var bytes = await File.ReadAllBytesAsync(FixturePath("signavio-bestandspflege.bpmn"));

        using var response = await Client(editor: false).PostAsync("/api/templates/import", Xml(bytes));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await azurite.Store.ListAsync(_tenant));
    }
}

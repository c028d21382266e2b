using WfTeams.Bot.Tests.Cli;
using WfTeams.Core.Modelling;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Modelling;

/// <summary><c>templates export ID --format bpmn|svg</c> and <c>templates import FILE.bpmn [--process ID]</c>.</summary>
[Collection("Azurite")]
public sealed class BpmnCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wfteams-bpmn-");

    public void Dispose() => _folder.Delete(recursive: true);

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        GermanCommandLine.RunAsync(azurite.Configuration(_tenant), args);

    [Fact]
    public async Task ExportThenImport_SameTemplate_Unchanged()
    {
        var template = TemplateFactory.Large(20, "kreislauf");
        await azurite.Store.ImportAsync(_tenant, template);
        var file = Path.Combine(_folder.FullName, "kreislauf.bpmn");

        var export = await RunAsync("templates", "export", "kreislauf", "--format", "bpmn", "-o", file);
        var import = await RunAsync("templates", "import", file);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(BpmnExport.Write(template), await File.ReadAllBytesAsync(file));
        Assert.Equal((0, ""), (import.ExitCode, import.Error));
        Assert.Contains("unverändert", import.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportSvg_ToStandardOutput()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("bild"));

        var run = await RunAsync("templates", "export", "bild", "--format", "svg");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("<svg", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SeveralProcesses_Exit1UntilOneIsChosen()
    {
        var file = Path.Combine(_folder.FullName, "zwei.bpmn");
        const string simple = """<bpmn:startEvent id="s{0}"/><bpmn:task id="t{0}" name="Aufgabe {0}"/><bpmn:sequenceFlow id="f{0}" sourceRef="s{0}" targetRef="t{0}"/>""";
        await File.WriteAllTextAsync(file, $"""
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:x">
            <bpmn:process id="erster" name="Erster">{string.Format(null, simple, 1)}</bpmn:process>
            <bpmn:process id="zweiter" name="Zweiter">{string.Format(null, simple, 2)}</bpmn:process>
            </bpmn:definitions>
            """);

        var refused = await RunAsync("templates", "import", file);
        var storedAfterRefusal = await azurite.Store.ListAsync(_tenant);
        var chosen = await RunAsync("templates", "import", file, "--process", "zweiter");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{file}: definitions: Die Datei enthält mehrere Prozesse (erster „Erster“, zweiter „Zweiter“)", refused.Error, StringComparison.Ordinal);
        Assert.Empty(storedAfterRefusal);
        Assert.Equal(0, chosen.ExitCode);
        Assert.Contains($"{file}: erster „Erster“: Hinweis: weiterer Prozess, nicht übernommen", chosen.Error, StringComparison.Ordinal);
        Assert.Equal("Zweiter", (await azurite.Store.GetAsync(_tenant, "zweiter"))!.Name);
    }
}

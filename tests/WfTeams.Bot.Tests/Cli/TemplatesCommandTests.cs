using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;
using WfTeams.Bot.Cli;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Cli;

[Collection("Azurite")]
public sealed class TemplatesCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wfteams-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    private sealed record Run(int ExitCode, string Output, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private async Task<Run> RunAsync(params string[] args) => await RunAsync(azurite.Configuration(_tenant), args);

    private static async Task<Run> RunAsync(IConfiguration configuration, params string[] args)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = await CommandLine.RunAsync(args, configuration, output, error);
            return new Run(exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content, Encoding.UTF8);
        return path;
    }

    private string Write(string name, ProcessTemplate template) => Write(name, TemplateJson.Serialize(template));

    [Fact]
    public async Task Validate_ValidFile_ExitsZero()
    {
        var path = Write("gut.json", TemplateFactory.Large(12));

        var run = await RunAsync("templates", "validate", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{path}: gültig – „Großprozess mit 12 Schritten“, Version 1, 12 Schritte", run.Output.Trim());
    }

    [Fact]
    public async Task Validate_InvalidFiles_ExitsOneWithEveryErrorAsFilePathMessage()
    {
        var syntax = Write("syntax.json", "{\n  \"id\": \"x\",\n  oops\n}");
        var dangling = Write("verweis.json", TemplateFactory.Minimal() with
        {
            Steps = [TemplateFactory.Minimal().Steps[0] with { Next = "standortsuche" }],
        });
        var good = Write("gut.json", TemplateFactory.Minimal());

        var run = await RunAsync("templates", "validate", syntax, dangling, good);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
        [
            $"{syntax}: $: Ungültiges JSON in Zeile 3, Spalte 3",
            $"{dangling}: $.steps[0].next: Schritt „standortsuche“ existiert nicht",
        ], run.ErrorLines);
        Assert.Contains($"{good}: gültig", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_TenMegabyteFile_IsRefusedUnread()
    {
        var path = Write("riesig.json", "{\"id\": \"" + new string('x', 10 * 1024 * 1024) + "\"}");

        var run = await RunAsync("templates", "validate", path);

        Assert.Equal(1, run.ExitCode);
        var size = new FileInfo(path).Length.ToString("N0", CultureInfo.GetCultureInfo("de"));
        Assert.Equal($"{path}: $: Datei ist zu groß: {size} Bytes, höchstens 4.194.304 erlaubt", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Validate_NoFile_IsWrongUsage()
    {
        var run = await RunAsync("templates", "validate");

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public async Task UnknownVerb_IsWrongUsage()
    {
        Assert.Equal(2, (await RunAsync("templates", "loeschen", "x")).ExitCode);
    }

    [Fact]
    public async Task ImportFolder_StoresTheGoodFilesWholeAndReportsTheBadOnes()
    {
        Write("a-gut.json", TemplateFactory.Large(20, "gut"));
        var bad = Write("b-schlecht.json", TemplateJson.Serialize(TemplateFactory.Minimal("schlecht")).Replace("\"owner\"", "\"besitzer\"", StringComparison.Ordinal));
        Write("c-auch-gut.json", TemplateFactory.Minimal("auch-gut") with { Status = TemplateStatus.Released });

        var run = await RunAsync("templates", "import", _folder.FullName);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
        [
            $"{bad}: $.besitzer: Unbekannte Eigenschaft „besitzer“",
            $"{bad}: $.owner: Pflichtangabe fehlt",
        ], run.ErrorLines);
        Assert.Contains("2 von 3 Dateien in Ordnung", run.Output, StringComparison.Ordinal);
        Assert.Equal(["auch-gut", "gut"], (await azurite.Store.ListAsync(_tenant)).Select(h => h.Id).Order());
        Assert.Equal(TemplateStatus.Released, (await azurite.Store.GetAsync(_tenant, "auch-gut"))!.Status);
    }

    [Fact]
    public async Task Import_AgainWithChangedContentButSameVersion_ExitsOneAndKeepsTheStoredVersion()
    {
        var path = Write("p.json", TemplateFactory.Minimal());
        Assert.Equal(0, (await RunAsync("templates", "import", path)).ExitCode);
        Assert.Contains("unverändert", (await RunAsync("templates", "import", path)).Output, StringComparison.Ordinal);
        Write("p.json", TemplateFactory.Minimal() with { Goal = "Geändert" });

        var run = await RunAsync("templates", "import", path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{path}: $: Version 1 der Vorlage „minimal“ ist bereits", run.Error, StringComparison.Ordinal);
        Assert.Equal("Ein Ziel", (await azurite.Store.GetAsync(_tenant, "minimal"))!.Goal);
    }

    [Fact]
    public async Task ListAndExport_ShowWhatWasImported()
    {
        var template = TemplateFactory.Large(15, "export-test") with { Status = TemplateStatus.Released };
        await RunAsync("templates", "import", Write("e.json", template));

        var list = await RunAsync("templates", "list");
        var export = await RunAsync("templates", "export", "export-test", "--version", "1");

        Assert.Equal(0, list.ExitCode);
        var lines = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ID", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^export-test\s+Großprozess mit 15 Schritten\s+1\s+1\s+Freigegeben\s+\d{4}-\d\d-\d\d \d\d:\d\d$", lines[1]);
        Assert.Equal(0, export.ExitCode);
        Assert.Equal(TemplateJson.Serialize(template) + "\n", export.Output);
    }

    [Fact]
    public async Task Export_ToFile_WritesTheTemplate()
    {
        await RunAsync("templates", "import", Write("e.json", TemplateFactory.Minimal()));
        var target = Path.Combine(_folder.FullName, "out.json");

        var run = await RunAsync("templates", "export", "minimal", "-o", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(TemplateJson.Serialize(TemplateFactory.Minimal()) + "\n", File.ReadAllText(target));
    }

    [Fact]
    public async Task Export_UnknownTemplate_ExitsOne()
    {
        var run = await RunAsync("templates", "export", "gibt-es-nicht");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("gibt-es-nicht: Vorlage „gibt-es-nicht“ nicht gefunden", run.Error.Trim());
    }

    [Fact]
    public async Task List_StorageUnreachable_PrintsOneLineNamingTheEndpoint()
    {
        var port = Azurite.FreePort();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Azurite.AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;",
        }).Build();

        var run = await RunAsync(configuration, "templates", "list");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith($"Table Storage ist unter http://127.0.0.1:{port}/devstoreaccount1 nicht erreichbar", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_InvalidTenant_IsWrongUsage()
    {
        Assert.Equal(2, (await RunAsync("templates", "list", "--tenant", "a/b")).ExitCode);
    }
}

using System.Globalization;
using Microsoft.Extensions.Configuration;
using WfTeams.Bot.Cli;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Cli;

[Collection("Azurite")]
public sealed class PublishCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private readonly string _folder = Directory.CreateTempSubdirectory("wfteams-publish-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(Dictionary<string, string?>? settings, params string[] args)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddConfiguration(azurite.Configuration(_tenant))
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Publishing:Folder"] = _folder })
                .AddInMemoryCollection(settings ?? [])
                .Build();
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = await CommandLine.RunAsync(args, configuration, output, error);
            return (exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task Publish_ReleasedTemplate_WritesTheHandbookAndIsIdempotent()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("anfrage") with { Name = "Anfrage prüfen", Status = TemplateStatus.Released });

        var first = await RunAsync(null, "publish", "anfrage");
        var second = await RunAsync(null, "publish", "anfrage", "--version", "1");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Anfrage prüfen Version 1 veröffentlicht: file://", first.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "Anfrage prüfen.docx")));
        Assert.True(File.Exists(Path.Combine(_folder, "index.html")));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("bereits veröffentlicht", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_Draft_ExitsWithInvalidInput()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("entwurf"));

        var run = await RunAsync(null, "publish", "entwurf");

        Assert.Equal(CommandLine.InvalidInput, run.ExitCode);
        Assert.Contains("entwurf: Version 1 der Vorlage „entwurf“ ist nicht freigegeben", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "index.html")));
    }

    [Fact]
    public async Task Publish_UnknownTemplate_ExitsWithInvalidInput()
    {
        var run = await RunAsync(null, "publish", "gibt-es-nicht");

        Assert.Equal(CommandLine.InvalidInput, run.ExitCode);
        Assert.Contains("Vorlage „gibt-es-nicht“ nicht gefunden", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ReleasedWithOnRelease_PublishesAtOnce()
    {
        var file = Path.Combine(_folder, "vorlage.json");
        await File.WriteAllTextAsync(file, TemplateJson.Serialize(TemplateFactory.Minimal("auto") with { Name = "Automatisch", Status = TemplateStatus.Released }));

        var run = await RunAsync(new() { ["Publishing:OnRelease"] = "true" }, "templates", "import", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Automatisch Version 1 veröffentlicht", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "Automatisch.docx")));
    }
}

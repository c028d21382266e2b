using WfTeams.Bot.Cli;
using WfTeams.Bot.Tests.Api;
using WfTeams.Core.Documents;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Cli;

/// <summary><c>templates import-docx FILE.docx</c>: the Word round trip from the command line.</summary>
[Collection("Azurite")]
public sealed class ImportDocxCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wfteams-docx-");

    public void Dispose() => _folder.Delete(recursive: true);

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        GermanCommandLine.RunAsync(azurite.Configuration(_tenant), args);

    private async Task<string> EditedProfileAsync(string id, int version, string tag, string text)
    {
        var template = await azurite.Store.GetAsync(_tenant, id, version);
        var path = Path.Combine(_folder.FullName, $"{id}-{version}-{tag[3..]}.docx");
        await File.WriteAllBytesAsync(path, ProfileEdits.Replace(ProfileDocument.Create(template!), tag, text));
        return path;
    }

    [Fact]
    public async Task EditedProfile_StoredAsNextDraftWithTheAuthor()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("anfrage"));
        var file = await EditedProfileAsync("anfrage", 1, "wf:result", "Angebote sind vermittelt.");

        var (exitCode, output, error) = await RunAsync("templates", "import-docx", file, "--author", "Max Muster");

        Assert.Equal((0, ""), (exitCode, error));
        Assert.Contains("neue Entwurfsversion 2 von anfrage gespeichert (1 Änderungen)", output, StringComparison.Ordinal);
        Assert.Contains("result:", output, StringComparison.Ordinal);
        var stored = await azurite.Store.GetAsync(_tenant, "anfrage", 2);
        Assert.Equal(("Angebote sind vermittelt.", "Max Muster"), (stored!.Result, stored.ChangeHistory[^1].Author));
    }

    [Fact]
    public async Task OlderProfile_RefusedWithExit1_ThenOnLatest()
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal("anfrage"));
        var first = await EditedProfileAsync("anfrage", 1, "wf:goal", "Ziel A");
        await RunAsync("templates", "import-docx", await EditedProfileAsync("anfrage", 1, "wf:trigger", "Auslöser B"));

        var refused = await RunAsync("templates", "import-docx", first);
        var applied = await RunAsync("templates", "import-docx", first, "--on-latest");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Version 1 von „anfrage“", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, applied.ExitCode);
        Assert.Contains("(1 Änderungen)", applied.Output, StringComparison.Ordinal);
        var third = await azurite.Store.GetAsync(_tenant, "anfrage", 3);
        Assert.Equal(("Ziel A", "Auslöser B"), (third!.Goal, third.Trigger));
    }

    [Fact]
    public async Task NotAWordFile_Exit1WithFileAndReason()
    {
        var file = Path.Combine(_folder.FullName, "notiz.docx");
        await File.WriteAllTextAsync(file, "nur Text");

        var (exitCode, _, error) = await RunAsync("templates", "import-docx", file);

        Assert.Equal(1, exitCode);
        Assert.Equal($"{file}: $: Das ist kein Word-Dokument (.docx).", error.Trim());
    }
}

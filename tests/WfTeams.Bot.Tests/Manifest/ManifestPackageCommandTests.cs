using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using WfTeams.Bot.Cli;
using WfTeams.Bot.Manifest;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Manifest;

/// <summary><c>wfteams manifest package</c>: the zip an admin uploads to Teams.</summary>
public sealed class ManifestPackageCommandTests : IDisposable
{
    private const string AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private const string Host = "wfteams.azurewebsites.net";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wfteams-manifest-");

    public void Dispose() => _folder.Delete(recursive: true);

    private sealed record Run(int ExitCode, string Output, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static IConfiguration Configuration(string? appId = AppId, string? host = Host) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:AppId"] = appId, ["Bot:HostName"] = host }).Build();

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

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    /// <summary>A copy of the shipped manifest folder to break on purpose.</summary>
    private string CopyOfManifestFolder(string name = "source")
    {
        var copy = Directory.CreateDirectory(PathOf(name)).FullName;
        foreach (var file in Directory.GetFiles(TeamsManifestTests.Folder))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    private static Dictionary<string, byte[]> Entries(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return zip.Entries.ToDictionary(entry => entry.FullName, entry =>
        {
            using var stream = entry.Open();
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        });
    }

    private async Task<Dictionary<string, byte[]>> PackageAsync()
    {
        var run = await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("wfteams.zip"));
        Assert.Equal(0, run.ExitCode);
        return Entries(PathOf("wfteams.zip"));
    }

    [Fact]
    public async Task Package_FromConfiguration_HoldsExactlyManifestLanguageFileAndIcons()
    {
        var run = await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("wfteams.zip"));

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Equal($"{PathOf("wfteams.zip")}: Teams-App-Paket für App-ID {AppId} und Host {Host} geschrieben (manifest.json, color.png, outline.png, en-us.json)", run.Output.Split('\n')[0].Trim());
        Assert.Equal(["color.png", "en-us.json", "manifest.json", "outline.png"], Entries(PathOf("wfteams.zip")).Keys.Order());
        Assert.Equal(["wfteams-word.xml", "wfteams.zip"], _folder.GetFiles().Select(file => file.Name).Order()); // the Word add-in's manifest beside
    }

    [Fact]
    public async Task Package_Manifest_CarriesAppIdAndHostAndNoPlaceholder()
    {
        var entries = await PackageAsync();
        var manifest = JsonNode.Parse(entries["manifest.json"])!;

        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal([Host], manifest["validDomains"]!.AsArray().Select(domain => domain!.GetValue<string>()));
        Assert.Equal($"https://{Host}/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal("1.0.0", manifest["version"]!.GetValue<string>());
        foreach (var name in new[] { "manifest.json", "en-us.json" })
        {
            var text = System.Text.Encoding.UTF8.GetString(entries[name]);
            Assert.DoesNotContain(TeamsAppPackage.PlaceholderAppId, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TeamsAppPackage.PlaceholderHost, text, StringComparison.Ordinal);
        }

        // Umlauts stay readable, not \u00fc.
        Assert.Contains("Wirtschaftsförderung", System.Text.Encoding.UTF8.GetString(entries["manifest.json"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_ManifestAndLanguageFile_MatchTheOfficialSchemas()
    {
        var entries = await PackageAsync();
        var manifest = JsonNode.Parse(entries["manifest.json"])!;
        var version = manifest["manifestVersion"]!.GetValue<string>();

        Assert.Empty(TeamsSchema.Problems(version, TeamsSchema.Manifest, manifest));
        Assert.Empty(TeamsSchema.Problems(version, TeamsSchema.Localization, JsonNode.Parse(entries["en-us.json"])!));
    }

    [Fact]
    public async Task Package_Manifest_PassesMicrosoftsOwnValidator()
    {
        await PackageAsync();
        var manifestPath = PathOf("manifest.json");
        await File.WriteAllBytesAsync(manifestPath, Entries(PathOf("wfteams.zip"))["manifest.json"]);
        var broken = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!;
        broken["bots"]![0]!["botId"] = "not-a-guid";
        var brokenPath = PathOf("broken.json");
        await File.WriteAllTextAsync(brokenPath, broken.ToJsonString());

        // npm @microsoft/app-manifest validates with ajv (draft-04): a second, independent judge.
        // Only the manifest: its ajv setup cannot compile the localization schema's patterns.
        var script = """
            const [, root, schemaFolder, ...files] = process.argv;
            const { ManifestUtil } = require(root + '/node_modules/@microsoft/app-manifest');
            const fs = require('fs');
            (async () => {
              for (const file of files) {
                const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
                const schema = JSON.parse(fs.readFileSync(`${schemaFolder}/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`, 'utf8'));
                console.log(JSON.stringify(await ManifestUtil.validateManifestAgainstSchema(manifest, schema)));
              }
            })();
            """;
        var node = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-e", script, Azurite.RepositoryRoot(), TeamsSchema.Folder, manifestPath, brokenPath })
        {
            node.ArgumentList.Add(argument);
        }

        using var process = Process.Start(node)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("[]", lines[0]);
        Assert.Contains("/bots/0/botId", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_Icons_HaveTeamsSizes()
    {
        var entries = await PackageAsync();

        var color = PngPixels.Decode(entries["color.png"]);
        var outline = PngPixels.Decode(entries["outline.png"]);

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(TeamsManifestTests.Folder, "outline.png")), entries["outline.png"]);
    }

    [Fact]
    public async Task Package_Options_WinOverConfiguration()
    {
        const string other = "9a1b2c3d-0000-4000-8000-00000000abcd";

        var run = await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("p.zip"), "--app-id", other.ToUpperInvariant(), "--host", "WiFo.Example.COM.", "--app-version", "2.10.0");

        Assert.Equal(0, run.ExitCode);
        var manifest = JsonNode.Parse(Entries(PathOf("p.zip"))["manifest.json"])!;
        Assert.Equal(other, manifest["id"]!.GetValue<string>());
        Assert.Equal("wifo.example.com", manifest["validDomains"]![0]!.GetValue<string>());
        Assert.Equal("2.10.0", manifest["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Package_UmlautHost_BecomesTheAsciiFormDnsKnows()
    {
        var run = await RunAsync(Configuration(host: "wirtschaftsförderung-musterstadt.de"), "manifest", "package", "-o", PathOf("p.zip"));

        Assert.Equal(0, run.ExitCode);
        var manifest = JsonNode.Parse(Entries(PathOf("p.zip"))["manifest.json"])!;
        Assert.Equal("xn--wirtschaftsfrderung-musterstadt-idd.de", manifest["validDomains"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("nope", "--app-id: „nope“ ist keine GUID (Form 12345678-abcd-1234-abcd-1234567890ab)")]
    [InlineData("{3f2504e0-4f89-11d3-9a0c-0305e82c3301}", "--app-id: „{3f2504e0-4f89-11d3-9a0c-0305e82c3301}“ ist keine GUID (Form 12345678-abcd-1234-abcd-1234567890ab)")]
    [InlineData("3f2504e04f8911d39a0c0305e82c3301", "--app-id: „3f2504e04f8911d39a0c0305e82c3301“ ist keine GUID (Form 12345678-abcd-1234-abcd-1234567890ab)")]
    [InlineData("00000000-0000-0000-0000-000000000000", "--app-id: „00000000-0000-0000-0000-000000000000“ ist der Platzhalter, nicht die App-ID des Bots")]
    public async Task Package_BadAppId_ExitsOneWithMessageAndWritesNothing(string appId, string message)
    {
        var run = await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("p.zip"), "--app-id", appId);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([message], run.ErrorLines);
        Assert.Empty(_folder.GetFileSystemInfos());
    }

    [Theory]
    [InlineData("https://wfteams.example.com", "ManifestHostNotBare")]
    [InlineData("wfteams.example.com:443", "ManifestHostNotBare")]
    [InlineData("wfteams.example.com/bot", "ManifestHostNotBare")]
    [InlineData("user@wfteams.example.com", "ManifestHostNotBare")]
    [InlineData("localhost", "ManifestHostInvalid")]
    [InlineData("10.0.0.1", "ManifestHostInvalid")]
    [InlineData("-wfteams.example.com", "ManifestHostInvalid")]
    [InlineData("wf_teams.example.com", "ManifestHostInvalid")]
    [InlineData("wfteams..example.com", "ManifestHostInvalid")]
    [InlineData("wf teams.example.com", "ManifestHostInvalid")]
    [InlineData("wfteams.example.org", "ManifestHostPlaceholder")]
    public async Task Package_BadHost_ExitsOneWithMessageAndWritesNothing(string host, string messageKey)
    {
        var run = await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("p.zip"), "--host", host);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"--host: {WfTeams.Core.Resources.Messages.Format(messageKey, CultureInfo.GetCultureInfo("de"), host)}"], run.ErrorLines);
        Assert.Empty(_folder.GetFileSystemInfos());
    }

    [Fact]
    public async Task Package_HostLengths_AreHeldToDnsLimits()
    {
        var label63 = new string('a', 63);
        var name253 = string.Join('.', label63, label63, label63, new string('b', 61)); // 63*3 + 61 + 3 dots = 253

        Assert.Equal(0, (await RunAsync(Configuration(host: $"{label63}.de"), "manifest", "package", "-o", PathOf("a.zip"))).ExitCode);
        Assert.Equal(0, (await RunAsync(Configuration(host: name253), "manifest", "package", "-o", PathOf("b.zip"))).ExitCode);
        Assert.Equal(1, (await RunAsync(Configuration(host: $"a{label63}.de"), "manifest", "package", "-o", PathOf("c.zip"))).ExitCode);
        Assert.Equal(1, (await RunAsync(Configuration(host: "c" + name253), "manifest", "package", "-o", PathOf("d.zip"))).ExitCode);
        Assert.False(File.Exists(PathOf("c.zip")) || File.Exists(PathOf("d.zip")));
    }

    [Fact]
    public async Task Package_WithoutAppIdAndHost_ExitsOneNamingTheConfigurationKeys()
    {
        var run = await RunAsync(Configuration(appId: null, host: " "), "manifest", "package", "-o", PathOf("p.zip"), "--app-version", "1.0");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
        [
            "Bot:AppId: App-ID fehlt: --app-id angeben oder Bot:AppId konfigurieren",
            "Bot:HostName: Hostname fehlt: --host angeben oder Bot:HostName konfigurieren",
            "--app-version: Die Version „1.0“ hat nicht die Form 1.2.3",
        ], run.ErrorLines);
        Assert.Empty(_folder.GetFileSystemInfos());
    }

    [Fact]
    public async Task Package_WithoutOutput_ExitsTwo()
    {
        var run = await RunAsync(Configuration(), "manifest", "package");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--output", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_FailingOverAnExistingPackage_LeavesItUntouched()
    {
        await File.WriteAllTextAsync(PathOf("p.zip"), "the previous package");

        var run = await RunAsync(Configuration(host: "https://x.example.com"), "manifest", "package", "-o", PathOf("p.zip"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("the previous package", await File.ReadAllTextAsync(PathOf("p.zip")));
        Assert.Equal(["p.zip"], _folder.GetFiles().Select(file => file.Name));
    }

    [Fact]
    public async Task Package_OverAnExistingPackage_ReplacesItWhole()
    {
        await File.WriteAllTextAsync(PathOf("p.zip"), "the previous package");

        var run = await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("p.zip"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(4, Entries(PathOf("p.zip")).Count);
        Assert.Equal(["p-word.xml", "p.zip"], _folder.GetFiles().Select(file => file.Name).Order());
    }

    [Fact]
    public async Task Package_IntoAMissingFolder_ExitsOne()
    {
        var target = Path.Combine(_folder.FullName, "missing", "p.zip");

        var run = await RunAsync(Configuration(), "manifest", "package", "-o", target);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{target}: Zieldatei nicht möglich: der Ordner existiert nicht oder der Pfad ist ein Ordner"], run.ErrorLines);
        Assert.False(Directory.Exists(Path.GetDirectoryName(target)));
    }

    [Fact]
    public async Task Package_Twice_GivesTheSameBytes()
    {
        await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("a.zip"));
        await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("b.zip"));

        Assert.Equal(await File.ReadAllBytesAsync(PathOf("a.zip")), await File.ReadAllBytesAsync(PathOf("b.zip")));
    }

    [Fact]
    public async Task Package_BrokenSourceFolder_ReportsEveryProblemWithItsPathAndWritesNothing()
    {
        var source = CopyOfManifestFolder();
        var manifestPath = Path.Combine(source, "manifest.json");
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!;
        manifest["icons"]!["color"] = "../color.png";
        manifest["id"] = AppId;
        await File.WriteAllTextAsync(manifestPath, manifest.ToJsonString());
        File.Copy(Path.Combine(source, "color.png"), Path.Combine(source, "outline.png"), overwrite: true);
        File.Delete(Path.Combine(source, "en-us.json"));

        var run = await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("p.zip"), "--source", source);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
        [
            $"{manifestPath}: $.id: Platzhalter „{TeamsAppPackage.PlaceholderAppId}“ fehlt; an seine Stelle setzt der Befehl den Wert aus der Konfiguration",
            $"{manifestPath}: $.icons.color: „../color.png“ muss ein Dateiname im Manifestordner sein, ohne Pfad",
            $"{manifestPath}: $.icons.outline: „outline.png“ ist 192×192 Pixel groß; Teams verlangt 32×32",
            $"{manifestPath}: $.localizationInfo.additionalLanguages[0].file: Datei „en-us.json“ fehlt",
        ], run.ErrorLines);
        Assert.False(File.Exists(PathOf("p.zip")));
    }

    [Fact]
    public async Task Package_FileOverTheLimit_ExitsOneAndAFileAtTheLimitPasses()
    {
        var source = CopyOfManifestFolder();
        var languageFile = Path.Combine(source, "en-us.json");
        await File.WriteAllTextAsync(languageFile, "{\"x\": \"" + new string('x', TeamsAppPackage.MaxFileBytes) + "\"}");
        var atTheLimit = CopyOfManifestFolder("limit");
        var color = await File.ReadAllBytesAsync(Path.Combine(atTheLimit, "color.png"));
        await File.WriteAllBytesAsync(Path.Combine(atTheLimit, "color.png"), [.. color, .. new byte[TeamsAppPackage.MaxFileBytes - color.Length]]);

        var tooLarge = await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("p.zip"), "--source", source);
        var fits = await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("q.zip"), "--source", atTheLimit);

        Assert.Equal(1, tooLarge.ExitCode);
        Assert.Equal([$"{Path.Combine(source, "manifest.json")}: $.localizationInfo.additionalLanguages[0].file: Datei „en-us.json“ ist {new FileInfo(languageFile).Length} Bytes groß; erlaubt sind höchstens {TeamsAppPackage.MaxFileBytes}"], tooLarge.ErrorLines);
        Assert.False(File.Exists(PathOf("p.zip")));
        Assert.Equal(0, fits.ExitCode);
    }

    [Fact]
    public async Task Package_InvalidJson_ReportsLineAndColumn()
    {
        var source = CopyOfManifestFolder();
        var languageFile = Path.Combine(source, "en-us.json");
        await File.WriteAllTextAsync(languageFile, "{\n  \"name.short\": \"WfTeams\",\n  oops\n}");

        var run = await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("p.zip"), "--source", source);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{languageFile}: $: Ungültiges JSON in Zeile 3, Spalte 3"], run.ErrorLines);
    }

    [Fact]
    public async Task Package_MissingSourceFolder_ExitsOne()
    {
        var run = await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("p.zip"), "--source", PathOf("nowhere"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{PathOf("nowhere")}: Manifestordner nicht gefunden"], run.ErrorLines);
    }

    [Fact]
    public async Task Package_InEnglish_SaysSoInEnglish()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            Assert.Equal(1, await CommandLine.RunAsync(["manifest", "package", "-o", PathOf("p.zip"), "--host", "https://x.example.com"], Configuration(), output, error));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        Assert.Equal("--host: Host \"https://x.example.com\": give the host name only, without scheme, port or path (e.g. wfteams.azurewebsites.net)", error.ToString().Trim());
    }
}

using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using WfTeams.Bot.Cli;
using WfTeams.Bot.Manifest;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Manifest;

/// <summary>The Word add-in's XML manifest (manifest/word) and what <c>manifest package</c> makes of it.</summary>
public sealed class WordManifestTests : IDisposable
{
    private const string AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private const string ApiClientId = "9b0d7f7a-2c1e-4d5f-8a6b-7c8d9e0f1a2b";
    private const string Host = "wfteams.azurewebsites.net";

    private static readonly XNamespace Office = WordAddinManifest.Office;
    private static readonly XNamespace Overrides = WordAddinManifest.Overrides;
    private static readonly XNamespace Basic = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static readonly string Source = Path.Combine(Azurite.RepositoryRoot(), "manifest", "word", WordAddinManifest.FileName);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wfteams-word-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    private static IConfiguration Configuration(string? apiClientId = ApiClientId) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Bot:AppId"] = AppId,
        ["Bot:HostName"] = Host,
        ["Api:ClientId"] = apiClientId,
    }).Build();

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(IConfiguration configuration, params string[] args)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
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

    private async Task<XDocument> PackageAsync(params string[] extra)
    {
        var run = await RunAsync(Configuration(), ["manifest", "package", "-o", PathOf("wfteams.zip"), .. extra]);
        Assert.True(run.ExitCode == 0, run.Error);
        return XDocument.Load(PathOf("wfteams-word.xml"));
    }

    [Fact]
    public void ShippedManifest_MatchesTheOfficeAddinSchemas()
    {
        Assert.Empty(OfficeSchema.Problems(File.ReadAllText(Source)));
    }

    [Fact]
    public void Schemas_RefuseAManifestThatBreaksThem()
    {
        var broken = XDocument.Load(Source);
        broken.Root!.Element(Office + "Id")!.Value = "not-a-guid";
        var withoutHosts = XDocument.Load(Source);
        withoutHosts.Root!.Element(Office + "Hosts")!.Remove();
        withoutHosts.Root!.Element(Office + "Requirements")!.Remove();
        withoutHosts.Root!.Element(Office + "DefaultSettings")!.Remove();

        Assert.Contains(OfficeSchema.Problems(broken), problem => problem.Contains("not-a-guid", StringComparison.Ordinal));
        Assert.Contains(OfficeSchema.Problems(withoutHosts), problem => problem.Contains("Permissions", StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedManifest_IsAWordTaskPaneWithTheButtonOnTheHomeTab()
    {
        var manifest = XDocument.Load(Source).Root!;

        Assert.Equal("TaskPaneApp", manifest.Attribute(Xsi + "type")!.Value);
        Assert.Equal(["Document"], manifest.Element(Office + "Hosts")!.Elements().Select(host => host.Attribute("Name")!.Value));
        var set = manifest.Element(Office + "Requirements")!.Descendants(Office + "Set").Single();
        Assert.Equal(("WordApi", "1.3"), (set.Attribute("Name")!.Value, set.Attribute("MinVersion")!.Value));
        var tab = manifest.Descendants(Overrides + "OfficeTab").Single();
        Assert.Equal("TabHome", tab.Attribute("id")!.Value);
        var labelId = tab.Descendants(Overrides + "Control").Single().Element(Overrides + "Label")!.Attribute("resid")!.Value;
        var label = manifest.Descendants(Basic + "String").Single(text => text.Attribute("id")!.Value == labelId);
        Assert.Equal("Prozesssteckbrief", label.Attribute("DefaultValue")!.Value);
        Assert.Equal("access_as_user", manifest.Descendants(Overrides + "Scope").Single().Value);
        Assert.Equal("de-DE", manifest.Element(Office + "DefaultLocale")!.Value);
    }

    [Fact]
    public async Task Package_WritesTheWordManifestBesideWithIdHostAndVersion()
    {
        var manifest = (await PackageAsync("--app-version", "2.3.4")).Root!;

        var addinId = WordAddinManifest.AddinId(Guid.Parse(AppId)).ToString("D");
        Assert.Equal(addinId, manifest.Element(Office + "Id")!.Value);
        Assert.NotEqual(AppId, addinId);
        Assert.Equal("2.3.4", manifest.Element(Office + "Version")!.Value);
        Assert.Equal($"https://{Host}/addin/taskpane.html", manifest.Element(Office + "DefaultSettings")!.Element(Office + "SourceLocation")!.Attribute("DefaultValue")!.Value);
        var application = manifest.Descendants(Overrides + "WebApplicationInfo").Single();
        Assert.Equal(ApiClientId, application.Element(Overrides + "Id")!.Value);
        Assert.Equal($"api://{Host}/{ApiClientId}", application.Element(Overrides + "Resource")!.Value);

        // Every URL is https on the host (or Microsoft's sign-in), none names a placeholder.
        var urls = manifest.DescendantsAndSelf().Attributes("DefaultValue").Select(attribute => attribute.Value).Where(value => value.Contains("://", StringComparison.Ordinal))
            .Concat(manifest.Descendants(Office + "AppDomain").Select(domain => domain.Value)).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.True(url.StartsWith($"https://{Host}/", StringComparison.Ordinal) || url == $"https://{Host}" || url == "https://login.microsoftonline.com", url));
        var text = manifest.ToString();
        Assert.DoesNotContain(TeamsAppPackage.PlaceholderHost, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TeamsAppPackage.PlaceholderAppId, text, StringComparison.Ordinal);
        Assert.DoesNotContain(WordAddinManifest.PlaceholderApiClientId, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_WordManifest_MatchesTheOfficeAddinSchemas()
    {
        var manifest = await PackageAsync();

        Assert.Empty(OfficeSchema.Problems(manifest));
    }

    [Fact]
    public async Task Package_WithoutApiClientId_UsesTheBotsRegistration()
    {
        var run = await RunAsync(Configuration(apiClientId: null), "manifest", "package", "-o", PathOf("p.zip"));

        Assert.Equal(0, run.ExitCode);
        var manifest = XDocument.Load(PathOf("p-word.xml"));
        Assert.Equal(AppId, manifest.Descendants(Overrides + "WebApplicationInfo").Single().Element(Overrides + "Id")!.Value);
        Assert.Contains($"{PathOf("p-word.xml")}: Manifest des Word-Add-ins geschrieben", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_InvalidApiClientId_ExitsOneAndWritesNothing()
    {
        var run = await RunAsync(Configuration(apiClientId: "api-client"), "manifest", "package", "-o", PathOf("p.zip"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Api:ClientId: „api-client“ ist keine GUID (Form 12345678-abcd-1234-abcd-1234567890ab)", run.Error.Trim());
        Assert.Empty(_folder.GetFileSystemInfos());
    }

    [Fact]
    public async Task Package_WordManifestWithoutPlaceholders_ExitsOneNamingThemAndWritesNothing()
    {
        var copy = PathOf("word.xml");
        var broken = XDocument.Load(Source);
        broken.Root!.Element(Office + "Id")!.Value = AppId;
        await File.WriteAllTextAsync(copy, broken.ToString());

        var run = await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("p.zip"), "--word-source", copy);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{copy}: /OfficeApp/Id: Platzhalter „{TeamsAppPackage.PlaceholderAppId}“ fehlt; an seine Stelle setzt der Befehl den Wert aus der Konfiguration", run.Error.Trim());
        Assert.Equal(["word.xml"], _folder.GetFiles().Select(file => file.Name));
    }

    [Fact]
    public async Task Package_WordManifestNotXml_ReportsLineAndColumn()
    {
        var copy = PathOf("word.xml");
        await File.WriteAllTextAsync(copy, "<OfficeApp>\n  <Id>\n</OfficeApp>");

        var run = await RunAsync(Configuration(), "manifest", "package", "-o", PathOf("p.zip"), "--word-source", copy);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{copy}: Ungültiges XML in Zeile 3, Spalte", run.Error.Trim(), StringComparison.Ordinal);
        Assert.False(File.Exists(PathOf("p.zip")));
    }

    [Fact]
    public void AddinId_IsStablePerAppIdAndANameBasedGuid()
    {
        var a = WordAddinManifest.AddinId(Guid.Parse(AppId));

        Assert.Equal(a, WordAddinManifest.AddinId(Guid.Parse(AppId)));
        Assert.NotEqual(a, WordAddinManifest.AddinId(Guid.Parse(ApiClientId)));
        Assert.Equal(5, a.Version);
    }
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WfTeams.Bot.Manifest;
using WfTeams.Testing;

namespace WfTeams.Bot.Tests.Manifest;

/// <summary>The committed manifest folder (manifest/teams) against the official schemas and Teams' icon rules.</summary>
public sealed class TeamsManifestTests
{
    public static readonly string Folder = Path.Combine(Azurite.RepositoryRoot(), "manifest", "teams");

    private static readonly string[] GermanCommands = ["hilfe", "prozesse", "starte", "status", "meine vorgänge", "abbrechen", "veröffentliche", "neuen Prozess erfassen", "meine entwürfe", "kennzahlen"];
    private static readonly string[] EnglishCommands = ["help", "processes", "start", "status", "my cases", "cancel", "publish", "capture a new process", "my drafts", "figures"];

    private static JsonObject Read(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name)))!.AsObject();

    private static JsonObject Manifest => Read("manifest.json");

    private static string Version => Manifest["manifestVersion"]!.GetValue<string>();

    [Fact]
    public void ManifestJson_MatchesTheOfficialSchema()
    {
        Assert.Empty(TeamsSchema.Problems(Version, TeamsSchema.Manifest, Manifest));
    }

    [Fact]
    public void ManifestJson_UsesTheNewestStableSchemaVersionThePackageShips()
    {
        var newest = Directory.GetDirectories(TeamsSchema.Folder).Select(Path.GetFileName)
            .Select(name => Regex.Match(name!, @"^v1\.(\d+)$")).Where(match => match.Success)
            .Max(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal($"1.{newest}", Version);
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v1.{newest}/MicrosoftTeams.schema.json", Manifest["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void LanguageFile_MatchesTheOfficialLocalizationSchema()
    {
        var info = Manifest["localizationInfo"]!;
        Assert.Equal("de-de", info["defaultLanguageTag"]!.GetValue<string>());
        var language = Assert.Single(info["additionalLanguages"]!.AsArray())!;
        Assert.Equal("en-us", language["languageTag"]!.GetValue<string>());

        var strings = Read(language["file"]!.GetValue<string>());

        Assert.Empty(TeamsSchema.Problems(Version, TeamsSchema.Localization, strings));
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{Version}/MicrosoftTeams.Localization.schema.json", strings["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void Schemas_AsEvaluatedHere_RefuseWhatTeamsRefuses()
    {
        var tooLongName = Manifest;
        tooLongName["name"]!["short"] = new string('x', 31);
        var unknownProperty = Manifest;
        unknownProperty["supportsFiles"] = false;
        var badBotId = Manifest;
        badBotId["bots"]![0]!["botId"] = "not-a-guid";

        // "name.short" holds maxLength beside a $ref: the lifted draft-04 must still apply it.
        var tooLongLocalized = Read("en-us.json");
        tooLongLocalized["name.short"] = new string('x', 31);
        var unknownKey = Read("en-us.json");
        unknownKey["bots[0].commandLists[3].commands[0].title"] = "help";

        Assert.NotEmpty(TeamsSchema.Problems(Version, TeamsSchema.Manifest, tooLongName));
        Assert.NotEmpty(TeamsSchema.Problems(Version, TeamsSchema.Manifest, unknownProperty));
        Assert.NotEmpty(TeamsSchema.Problems(Version, TeamsSchema.Manifest, badBotId));
        Assert.NotEmpty(TeamsSchema.Problems(Version, TeamsSchema.Localization, tooLongLocalized));
        Assert.NotEmpty(TeamsSchema.Problems(Version, TeamsSchema.Localization, unknownKey));
    }

    [Fact]
    public void Bot_IsInPersonalGroupChatAndTeamScopesAndTakesNoFiles()
    {
        var bot = Assert.Single(Manifest["bots"]!.AsArray())!;

        Assert.Equal(["groupChat", "personal", "team"], bot["scopes"]!.AsArray().Select(scope => scope!.GetValue<string>()).Order());
        Assert.False(bot["supportsFiles"]!.GetValue<bool>());
        Assert.False(bot["isNotificationOnly"]!.GetValue<bool>());
        Assert.Equal(TeamsAppPackage.PlaceholderAppId, bot["botId"]!.GetValue<string>());
        Assert.Equal([TeamsAppPackage.PlaceholderHost], Manifest["validDomains"]!.AsArray().Select(domain => domain!.GetValue<string>()));
    }

    [Fact]
    public void CommandLists_AreTheBotsCommandsInGermanWithEnglishTranslationsForEveryScope()
    {
        var english = Read("en-us.json");
        var lists = Manifest["bots"]![0]!["commandLists"]!.AsArray();

        // Teams wants one command list per scope.
        Assert.Equal(["groupChat", "personal", "team"], lists.Select(list => Assert.Single(list!["scopes"]!.AsArray())!.GetValue<string>()).Order());
        for (var i = 0; i < lists.Count; i++)
        {
            var commands = lists[i]!["commands"]!.AsArray();
            Assert.InRange(commands.Count, 1, 10); // Teams shows at most 10 commands per scope
            Assert.Equal(GermanCommands, commands.Select(command => command!["title"]!.GetValue<string>()));
            Assert.Equal(EnglishCommands, commands.Select((_, j) => english[$"bots[0].commandLists[{i}].commands[{j}].title"]!.GetValue<string>()));
            for (var j = 0; j < commands.Count; j++)
            {
                Assert.False(string.IsNullOrWhiteSpace(commands[j]!["description"]!.GetValue<string>()));
                Assert.False(string.IsNullOrWhiteSpace(english[$"bots[0].commandLists[{i}].commands[{j}].description"]!.GetValue<string>()));
            }
        }

        Assert.Contains("starte <Prozess> für <Betreff>", lists[0]!["commands"]![2]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("start <process> for <subject>", english["bots[0].commandLists[0].commands[2].description"]!.GetValue<string>(), StringComparison.Ordinal);

        // Every translated string has its German original, and nothing German is left untranslated.
        Assert.Equal(lists.Count * GermanCommands.Length * 2, english.Count(pair => pair.Key.StartsWith("bots[", StringComparison.Ordinal)));
        Assert.NotNull(english["name.full"]);
    }

    [Fact]
    public void ColorIcon_Is192SquareFullColourAndOpaque()
    {
        var icon = PngPixels.Decode(File.ReadAllBytes(Path.Combine(Folder, Manifest["icons"]!["color"]!.GetValue<string>())));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Rgba.Where((_, i) => i % 4 == 3), alpha => Assert.Equal(255, alpha));
        var colours = Enumerable.Range(0, icon.Width * icon.Height).Select(p => (icon.Rgba[p * 4], icon.Rgba[(p * 4) + 1], icon.Rgba[(p * 4) + 2])).ToHashSet();
        Assert.Contains((0x1F, 0x5C, 0x99), colours.Select(c => ((int)c.Item1, (int)c.Item2, (int)c.Item3)));
        Assert.Contains(((byte)255, (byte)255, (byte)255), colours);
        Assert.Equal("#1F5C99", Manifest["accentColor"]!.GetValue<string>());
    }

    [Fact]
    public void OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        var icon = PngPixels.Decode(File.ReadAllBytes(Path.Combine(Folder, Manifest["icons"]!["outline"]!.GetValue<string>())));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        var pixels = icon.Rgba.Chunk(4).ToList();
        Assert.All(pixels, pixel => Assert.True(pixel[3] == 0 || pixel[..3].All(channel => channel == 255), $"pixel {string.Join(",", pixel)} is neither white nor transparent"));
        Assert.Contains(pixels, pixel => pixel[3] == 0);
        Assert.Contains(pixels, pixel => pixel[3] == 255);
    }
}

using System.CommandLine;
using WfTeams.Bot.Manifest;

namespace WfTeams.Bot.Cli;

/// <summary><c>manifest package</c>: the Teams app package for this deployment.</summary>
public static class ManifestCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--output", "-o") { Required = true, Description = "Zieldatei, z. B. wfteams.zip." };
        var appId = new Option<string?>("--app-id") { Description = "App-ID des Bots (GUID); Standard: Bot:AppId." };
        var host = new Option<string?>("--host") { Description = "Öffentlicher DNS-Name des Hosts ohne https://; Standard: Bot:HostName." };
        var version = new Option<string?>("--app-version") { Description = "Version der App (1.2.3); Standard: die aus manifest.json. Für ein Update erhöhen." };
        var source = new Option<string?>("--source") { Description = "Ordner mit manifest.json, Sprachdateien und Symbolen; Standard: der mitgelieferte." };
        var wordSource = new Option<string?>("--word-source") { Description = "Manifest des Word-Add-ins (XML); Standard: das mitgelieferte. Es wird neben die ZIP-Datei geschrieben (NAME-word.xml)." };

        var package = new Command("package", "Baut das Teams-App-Paket (ZIP) mit App-ID und Hostname aus der Konfiguration.")
        {
            output, appId, host, version, source, wordSource,
        };
        package.SetAction((parse, token) => PackageAsync(
            console,
            parse.GetValue(output)!,
            Input(console, parse.GetValue(appId), "--app-id", "Bot:AppId"),
            Input(console, parse.GetValue(host), "--host", "Bot:HostName"),
            new TeamsAppSettings.Input(parse.GetValue(version), "--app-version"),
            parse.GetValue(source) ?? TeamsAppPackage.DefaultSource,
            parse.GetValue(wordSource) ?? WordAddinManifest.DefaultSource,
            token));

        return new Command("manifest", "Teams-App-Manifest.") { package };
    }

    private static async Task<int> PackageAsync(
        CliConsole console, string output, TeamsAppSettings.Input appId, TeamsAppSettings.Input host, TeamsAppSettings.Input version, string source, string wordSource, CancellationToken cancellationToken)
    {
        try
        {
            var settings = TeamsAppSettings.Resolve(appId, host, version);
            // The Word manifest is checked before the package is written: both are written or neither.
            var (apiClientId, audience) = ApiClient(console, settings);
            var word = WordAddinManifest.Build(wordSource, settings, apiClientId, audience);
            var files = await TeamsAppPackage.BuildAsync(source, settings, output, cancellationToken);
            await console.Output.WriteLineAsync(console.Text("CliManifestPackaged", output, settings.AppId, settings.HostName, string.Join(", ", files)));
            var wordOutput = WordAddinManifest.OutputBeside(output);
            await WordAddinManifest.WriteAsync(word, wordOutput, cancellationToken);
            await console.Output.WriteLineAsync(console.Text("CliWordManifestWritten", wordOutput, WordAddinManifest.AddinId(settings.AppId), apiClientId));
            return CommandLine.Success;
        }
        catch (InvalidManifestException ex)
        {
            foreach (var error in ex.Errors)
            {
                await console.Error.WriteLineAsync(error.ToString(console.Culture));
            }

            return CommandLine.InvalidInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"{output}: {ex.Message}");
            return CommandLine.InvalidInput;
        }
    }

    /// <summary>
    /// The API's app registration the add-in signs in for (Api:ClientId); without one the bot's,
    /// for a deployment that uses one registration for both.
    /// </summary>
    private static (Guid ClientId, string? Audience) ApiClient(CliConsole console, TeamsAppSettings settings)
    {
        var configured = console.Configuration["Api:ClientId"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return (settings.AppId, console.Configuration["Api:Audience"]);
        }

        return Guid.TryParseExact(configured.Trim(), "D", out var id) && id != Guid.Empty
            ? (id, console.Configuration["Api:Audience"])
            : throw new InvalidManifestException([new ManifestError("Api:ClientId", null, "ManifestAppIdInvalid", configured)]);
    }

    /// <summary>The option wins over the configuration key; the error line names whichever was used.</summary>
    private static TeamsAppSettings.Input Input(CliConsole console, string? option, string optionName, string key) =>
        option is not null ? new(option, optionName) : new(console.Configuration[key], key);
}

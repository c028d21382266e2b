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

        var package = new Command("package", "Baut das Teams-App-Paket (ZIP) mit App-ID und Hostname aus der Konfiguration.")
        {
            output, appId, host, version, source,
        };
        package.SetAction((parse, token) => PackageAsync(
            console,
            parse.GetValue(output)!,
            Input(console, parse.GetValue(appId), "--app-id", "Bot:AppId"),
            Input(console, parse.GetValue(host), "--host", "Bot:HostName"),
            new TeamsAppSettings.Input(parse.GetValue(version), "--app-version"),
            parse.GetValue(source) ?? TeamsAppPackage.DefaultSource,
            token));

        return new Command("manifest", "Teams-App-Manifest.") { package };
    }

    private static async Task<int> PackageAsync(
        CliConsole console, string output, TeamsAppSettings.Input appId, TeamsAppSettings.Input host, TeamsAppSettings.Input version, string source, CancellationToken cancellationToken)
    {
        try
        {
            var settings = TeamsAppSettings.Resolve(appId, host, version);
            var files = await TeamsAppPackage.BuildAsync(source, settings, output, cancellationToken);
            await console.Output.WriteLineAsync(console.Text("CliManifestPackaged", output, settings.AppId, settings.HostName, string.Join(", ", files)));
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

    /// <summary>The option wins over the configuration key; the error line names whichever was used.</summary>
    private static TeamsAppSettings.Input Input(CliConsole console, string? option, string optionName, string key) =>
        option is not null ? new(option, optionName) : new(console.Configuration[key], key);
}

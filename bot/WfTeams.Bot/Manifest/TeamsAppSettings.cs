using System.Text.RegularExpressions;

namespace WfTeams.Bot.Manifest;

/// <summary>
/// What the Teams app package needs from the deployment: the bot's app id (also the Teams app's
/// id), the host's public DNS name and optionally a new app version.
/// </summary>
public sealed partial record TeamsAppSettings(Guid AppId, string HostName, string? Version)
{
    /// <summary>One value and where it came from (an option or a configuration key), for the error line.</summary>
    public readonly record struct Input(string? Value, string Source);

    /// <summary>Checks every value and reports all problems at once.</summary>
    /// <exception cref="InvalidManifestException">A value is missing or invalid.</exception>
    public static TeamsAppSettings Resolve(Input appId, Input hostName, Input version)
    {
        var errors = new List<ManifestError>();

        var id = Guid.Empty;
        if (string.IsNullOrWhiteSpace(appId.Value))
        {
            errors.Add(new ManifestError(appId.Source, null, "ManifestAppIdMissing"));
        }
        else if (!Guid.TryParseExact(appId.Value.Trim(), "D", out id))
        {
            errors.Add(new ManifestError(appId.Source, null, "ManifestAppIdInvalid", appId.Value));
        }
        else if (id == Guid.Empty)
        {
            errors.Add(new ManifestError(appId.Source, null, "ManifestAppIdPlaceholder", appId.Value));
        }

        string? host = null;
        if (string.IsNullOrWhiteSpace(hostName.Value))
        {
            errors.Add(new ManifestError(hostName.Source, null, "ManifestHostMissing"));
        }
        else
        {
            (host, var problem) = Manifest.HostName.Normalize(hostName.Value);
            if (problem is not null)
            {
                errors.Add(new ManifestError(hostName.Source, null, problem, hostName.Value));
            }
            else if (host == TeamsAppPackage.PlaceholderHost)
            {
                errors.Add(new ManifestError(hostName.Source, null, "ManifestHostPlaceholder", hostName.Value));
            }
        }

        if (version.Value is not null && !SemanticVersion().IsMatch(version.Value))
        {
            errors.Add(new ManifestError(version.Source, null, "ManifestVersionInvalid", version.Value));
        }

        return errors.Count > 0 ? throw new InvalidManifestException(errors) : new TeamsAppSettings(id, host!, version.Value);
    }

    // Teams' own rule (the schema's "semver" definition, without leading zeros): three numbers.
    [GeneratedRegex(@"^(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})$")]
    private static partial Regex SemanticVersion();
}

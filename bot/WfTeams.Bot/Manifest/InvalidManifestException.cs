namespace WfTeams.Bot.Manifest;

/// <summary>The package was not built: every error found, nothing written.</summary>
public sealed class InvalidManifestException(IReadOnlyList<ManifestError> errors)
    : Exception($"{errors.Count} error(s): " + string.Join("; ", errors))
{
    public IReadOnlyList<ManifestError> Errors { get; } = errors;
}

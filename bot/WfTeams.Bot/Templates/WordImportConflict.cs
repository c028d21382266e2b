namespace WfTeams.Bot.Templates;

/// <summary>
/// The edited profile was made of an older version than the latest: saving it would overwrite what
/// came since. Nothing is stored; the user may re-apply the edits onto the latest on purpose.
/// </summary>
public sealed class WordImportConflict(string templateId, int documentVersion, int latestVersion)
    : Exception($"{templateId}: the document is version {documentVersion}, the latest is {latestVersion}")
{
    public string TemplateId { get; } = templateId;

    public int DocumentVersion { get; } = documentVersion;

    public int LatestVersion { get; } = latestVersion;
}

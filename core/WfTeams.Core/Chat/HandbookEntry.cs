namespace WfTeams.Core.Chat;

/// <summary>A published Prozesssteckbrief (name, version, where readers find it), or why it was not published.</summary>
/// <param name="AlreadyPublished">The version was published before; nothing was written this time.</param>
/// <param name="Refusal">Why nothing was published, in the user's language; null when published.</param>
public sealed record HandbookEntry(string Name, int Version, Uri? WebUrl, Uri? PdfUrl, bool AlreadyPublished, string? Refusal = null)
{
    public static HandbookEntry Refused(string message) => new("", 0, null, null, false, message);
}

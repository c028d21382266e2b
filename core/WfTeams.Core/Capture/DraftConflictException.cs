namespace WfTeams.Core.Capture;

/// <summary>The draft changed since it was read (another device, a stale card): nothing was written.</summary>
public sealed class DraftConflictException(string draftId)
    : Exception($"Draft {draftId} was changed in the meantime.")
{
    public string DraftId { get; } = draftId;
}

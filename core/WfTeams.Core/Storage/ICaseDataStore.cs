namespace WfTeams.Core.Storage;

/// <summary>
/// A store that keeps rows about a case outside the case's own partition (the schedule of due steps, the log of
/// reminders sent, the figures' checkpoint). Deleting a case (retention, <c>cases delete</c>) asks every registered
/// store, so nothing about the case is left behind; a new store only implements this and is registered once in the host.
/// </summary>
public interface ICaseDataStore
{
    /// <summary>What the store holds ("due steps", "reminders", "figures").</summary>
    string Name { get; }

    /// <summary>Deletes the case's rows; <paramref name="templateId"/> is the case's process (null when no longer known). Idempotent: answers how many rows went, 0 the second time.</summary>
    Task<int> DeleteCaseAsync(TenantId tenant, string caseId, string? templateId, CancellationToken cancellationToken);
}

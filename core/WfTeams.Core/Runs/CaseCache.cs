using System.Collections.Concurrent;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Runs;

/// <summary>
/// What one <see cref="CaseStore"/> remembers between calls: the template snapshots of cases (immutable, so
/// always correct) and the state it wrote last per case (used only where an ETag check refuses it if stale).
/// </summary>
internal sealed class CaseCache
{
    private const int MaxCached = 2000;

    private readonly ConcurrentDictionary<string, ProcessTemplate> _snapshots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CaseStore.Loaded> _written = new(StringComparer.Ordinal);

    public ProcessTemplate? Snapshot(TenantId tenant, string caseId) => _snapshots.GetValueOrDefault(Key(tenant, caseId));

    public void RememberSnapshot(TenantId tenant, string caseId, ProcessTemplate template)
    {
        // The cap only bounds memory.
        if (_snapshots.Count >= MaxCached)
        {
            _snapshots.Clear();
        }

        _snapshots[Key(tenant, caseId)] = template;
    }

    public CaseStore.Loaded? Written(TenantId tenant, string caseId) => _written.GetValueOrDefault(Key(tenant, caseId));

    public void RememberWritten(TenantId tenant, string caseId, CaseStore.Loaded loaded)
    {
        if (_written.Count >= MaxCached)
        {
            _written.Clear();
        }

        _written[Key(tenant, caseId)] = loaded;
    }

    public void ForgetWritten(TenantId tenant, string caseId) => _written.TryRemove(Key(tenant, caseId), out _);

    private static string Key(TenantId tenant, string caseId) => tenant.Value + "|" + caseId;
}

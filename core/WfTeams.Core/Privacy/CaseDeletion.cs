using Azure.Data.Tables;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Privacy;

/// <summary>
/// Deletes a case with everything stored about it: its index rows first, then its rows in the other stores
/// (<see cref="ICaseDataStore"/>: due steps, reminders, figures' checkpoint), then its events, snapshot and
/// activity rows, the state row last. A run that stops halfway leaves the state row, so the case is still
/// found (by retention or by id) and the next run finishes it; deleting what is gone already is no error.
/// </summary>
public sealed class CaseDeletion(TableServiceClient service, IEnumerable<ICaseDataStore> stores)
{
    private readonly CaseTables _tables = new(service);

    /// <summary>How many rows were deleted; 0 when the case does not exist (or no longer).</summary>
    public Task<int> DeleteAsync(TenantId tenant, string caseId, CancellationToken cancellationToken = default) =>
        _tables.Access.GuardAsync(async () =>
        {
            if (!CaseStore.IsCaseId(caseId))
            {
                return 0;
            }

            await _tables.Access.EnsureTablesAsync(cancellationToken);
            var rows = await _tables.RowsAsync(tenant, caseId, cancellationToken);
            if (rows.Count == 0)
            {
                return 0;
            }

            var index = await _tables.IndexRowsAsync(tenant, caseId, CaseTables.State(rows), CaseTables.Events(rows), cancellationToken);
            foreach (var row in index)
            {
                await TableDeletion.DeleteOneAsync(_tables.Index, row, cancellationToken);
            }

            var templateId = rows.Select(r => r.GetString("TemplateId")).FirstOrDefault(id => id is not null);
            var elsewhere = 0;
            foreach (var store in stores)
            {
                elsewhere += await store.DeleteCaseAsync(tenant, caseId, templateId, cancellationToken);
            }

            var state = rows.Where(r => r.RowKey == CaseRows.StateKey).ToList();
            var deleted = await TableDeletion.DeleteAsync(_tables.Cases, rows.Except(state).ToList(), cancellationToken);
            if (state.Count > 0)
            {
                deleted += await TableDeletion.DeleteAsync(_tables.Cases, state, cancellationToken);
            }

            return deleted + index.Count + elsewhere;
        });
}

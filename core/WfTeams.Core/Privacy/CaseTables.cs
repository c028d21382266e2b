using Azure;
using Azure.Data.Tables;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Privacy;

/// <summary>
/// Where a case's data lies, for the privacy operations: its whole partition in <c>cases</c> (state, snapshot,
/// events, activity rows) and its rows in <c>caseindex</c> (one per person and chat that lists it).
/// </summary>
internal sealed class CaseTables(TableServiceClient service)
{
    public TableClient Cases { get; } = service.GetTableClient(CaseStore.TableName);

    public TableClient Index { get; } = service.GetTableClient(CaseStore.IndexTableName);

    public TableAccess Access { get; } = new(service, CaseStore.TableName, CaseStore.IndexTableName, AuditLog.TableName);

    /// <summary>Every row of the case, state first if it exists.</summary>
    public async Task<List<TableEntity>> RowsAsync(TenantId tenant, string caseId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CaseRows.PartitionKey(tenant, caseId)}");
        var rows = new List<TableEntity>();
        await foreach (var row in Cases.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows.OrderBy(r => r.RowKey == CaseRows.StateKey ? 0 : 1).ToList();
    }

    /// <summary>The state rows of the tenant's cases matching <paramref name="condition"/> (an OData filter on the state row's columns, or null), only <paramref name="columns"/>.</summary>
    public IAsyncEnumerable<TableEntity> StatesAsync(TenantId tenant, string? condition, IEnumerable<string>? columns, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {tenant.Value + "|case|"} and PartitionKey lt {tenant.Value + "|case}"} and RowKey eq {CaseRows.StateKey}");
        return Cases.QueryAsync<TableEntity>(condition is null ? filter : $"{filter} and ({condition})", maxPerPage: 1000, select: columns, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// The state and event rows of every case of the tenant, one case at a time (the rows come sorted by
    /// partition), so a scan over all cases holds one case in memory, not all.
    /// </summary>
    public async IAsyncEnumerable<List<TableEntity>> CasesAsync(TenantId tenant, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {tenant.Value + "|case|"} and PartitionKey lt {tenant.Value + "|case}"} and (RowKey eq {CaseRows.StateKey} or (RowKey ge {"event|"} and RowKey lt {"event}"}))");
        var current = new List<TableEntity>();
        await foreach (var row in Cases.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            if (current.Count > 0 && current[0].PartitionKey != row.PartitionKey)
            {
                yield return current;
                current = [];
            }

            current.Add(row);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    /// <summary>The case id of a row of table <c>cases</c>.</summary>
    public static string CaseIdOf(TableEntity row) => row.PartitionKey[(row.PartitionKey.LastIndexOf('|') + 1)..];

    /// <summary>
    /// The index rows that may list the case: its chat, and everyone who appears in it (starter, assignees —
    /// also earlier ones, from the events — and whoever acted). Rows that do not exist are simply not found.
    /// </summary>
    public async Task<List<TableEntity>> IndexRowsAsync(TenantId tenant, string caseId, CaseState? state, IEnumerable<CaseEvent> events, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (state is not null)
        {
            keys.UnionWith(CaseIndex.Keys(tenant, state));
            if (state.ConversationId is { } conversation)
            {
                keys.Add(CaseIndex.ConversationKey(tenant, conversation));
            }
        }

        foreach (var recorded in events)
        {
            keys.UnionWith(new[] { recorded.Actor, recorded.Assignee }.OfType<Actor>().Select(a => CaseIndex.UserKey(tenant, a.Id)));
        }

        var found = await Task.WhenAll(keys.Select(key => Index.GetEntityIfExistsAsync<TableEntity>(key, caseId, cancellationToken: cancellationToken)));
        return found.Where(r => r.HasValue).Select(r => r.Value!).ToList();
    }

    public static List<CaseEvent> Events(IEnumerable<TableEntity> rows) =>
        rows.Where(r => r.RowKey.StartsWith("event|", StringComparison.Ordinal)).Select(CaseRows.ReadEvent).OrderBy(e => e.Sequence).ToList();

    public static CaseState? State(IEnumerable<TableEntity> rows) =>
        rows.FirstOrDefault(r => r.RowKey == CaseRows.StateKey) is { } row ? CaseRows.ReadState(row) : null;

    /// <summary>Rows of one partition replaced in transactions within the limits (100 operations, 4 MiB), each guarded by the ETag it was read with: a concurrent change fails the batch with 412.</summary>
    public static async Task ReplaceAsync(TableClient table, IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken)
    {
        var batch = new List<TableTransactionAction>();
        var bytes = 0;
        foreach (var row in rows)
        {
            var size = TableLimits.EntitySize(row);
            if (batch.Count == TableLimits.MaxBatchOperations || bytes + size > TableLimits.MaxBatchBytes)
            {
                await SubmitAsync(table, batch, cancellationToken);
                (batch, bytes) = ([], 0);
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, row.ETag));
            bytes += size;
        }

        if (batch.Count > 0)
        {
            await SubmitAsync(table, batch, cancellationToken);
        }
    }

    private static async Task SubmitAsync(TableClient table, List<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        TableLimits.CheckBatch(batch);
        await table.SubmitTransactionAsync(batch, cancellationToken);
    }
}

using Azure;
using Azure.Data.Tables;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Runs;

/// <summary>
/// Table <c>caseindex</c>: rows <c>{tenant}|user|{hash}</c> / <c>{tenant}|conv|{hash}</c> → case id, written
/// before the case and read tolerantly (a row whose case does not exist or is closed is skipped and repaired).
/// The caller guards the calls and makes sure the tables exist.
/// </summary>
internal sealed class CaseIndex(TableClient index, TableClient cases)
{
    public static string UserKey(TenantId tenant, string userId) => $"{tenant.Value}|user|{TableAccess.KeyHash(userId)}";

    public static string ConversationKey(TenantId tenant, string conversationId) => $"{tenant.Value}|conv|{TableAccess.KeyHash(conversationId)}";

    /// <summary>The index partitions that list <paramref name="state"/>: its starter, its assignees and its chat when shared.</summary>
    public static IEnumerable<string> Keys(TenantId tenant, CaseState state)
    {
        yield return UserKey(tenant, state.StartedBy.Id);
        foreach (var assignee in state.Steps.Values.Select(s => s.Assignee).OfType<Actor>())
        {
            yield return UserKey(tenant, assignee.Id);
        }

        if (state.Shared && state.ConversationId is { } conversation)
        {
            yield return ConversationKey(tenant, conversation);
        }
    }

    public Task AddAsync(CaseState state, IEnumerable<string> partitionKeys, CancellationToken cancellationToken) =>
        Task.WhenAll(partitionKeys.Distinct(StringComparer.Ordinal).Select(key =>
        {
            var row = new TableEntity(key, state.Id) { ["Open"] = true, ["StartedAt"] = state.StartedAt, ["Subject"] = state.Subject };
            TableLimits.Check(row);
            return index.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }));

    public Task CloseAsync(TenantId tenant, CaseState state, CancellationToken cancellationToken) =>
        Task.WhenAll(Keys(tenant, state).Distinct(StringComparer.Ordinal).Select(key => CloseRowAsync(key, state.Id, cancellationToken)));

    /// <summary>The newest <paramref name="max"/> open cases listed under these partitions, read from their state rows.</summary>
    public async Task<IReadOnlyList<CaseSummary>> ListOpenAsync(TenantId tenant, IReadOnlyList<string> keys, int max, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entries = new List<TableEntity>();
        foreach (var key in keys)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {key} and Open eq {true}");
            await foreach (var row in index.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            {
                entries.Add(row);
            }
        }

        var newest = entries
            .Where(e => CaseStore.IsCaseId(e.RowKey))
            .OrderByDescending(e => e.GetDateTimeOffset("StartedAt"))
            .DistinctBy(e => e.RowKey)
            .Take(max)
            .ToList();
        var summaries = await Task.WhenAll(newest.Select(entry => SummaryOrRepairAsync(tenant, entry, now, cancellationToken)));
        return summaries.OfType<CaseSummary>().OrderByDescending(s => s.UpdatedAt).ToList();
    }

    private async Task<CaseSummary?> SummaryOrRepairAsync(TenantId tenant, TableEntity entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await cases.GetEntityIfExistsAsync<TableEntity>(CaseRows.PartitionKey(tenant, entry.RowKey), CaseRows.StateKey, CaseRows.SummaryColumns, cancellationToken);
        if (!row.HasValue)
        {
            // Written before a case whose transaction never happened: harmless, removed once surely abandoned.
            if (entry.Timestamp is { } written && now - written > TimeSpan.FromMinutes(10))
            {
                await index.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, ETag.All, cancellationToken);
            }

            return null;
        }

        var summary = CaseRows.ReadSummary(entry.RowKey, row.Value!);
        if (summary.Status is CaseStatus.Finished or CaseStatus.Cancelled)
        {
            await CloseRowAsync(entry.PartitionKey, entry.RowKey, cancellationToken);
            return null;
        }

        return summary;
    }

    private async Task CloseRowAsync(string partitionKey, string caseId, CancellationToken cancellationToken)
    {
        try
        {
            await index.UpdateEntityAsync(new TableEntity(partitionKey, caseId) { ["Open"] = false }, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Nothing to close.
        }
    }
}

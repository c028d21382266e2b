using Azure.Data.Tables;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Insights;

/// <summary>
/// The cases of one process started in a period, each with its step visits, read from their audit trails for the
/// workbook: one query over the tenant's snapshot rows, page by page, then each case's events (16 at a time). It stops
/// once the period has more than <see cref="CaseWorkbook.MaxCases"/> cases; the caller refuses such a period.
/// </summary>
public sealed class CaseArchive(TableServiceClient service)
{
    private readonly TableClient _cases = service.GetTableClient(CaseStore.TableName);
    private readonly CaseStore _store = new(service);

    /// <summary>
    /// The cases of the period, oldest first; at most <paramref name="limit"/> + 1: more than <paramref name="limit"/> tells
    /// the caller the period holds too many (it stops reading there, so memory stays bounded).
    /// </summary>
    public async Task<IReadOnlyList<CaseRecord>> LoadAsync(TenantId tenant, ProcessTemplate template, FigurePeriod period, bool withNames, CancellationToken cancellationToken = default, int limit = CaseWorkbook.MaxCases)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {tenant.Value + "|case|"} and PartitionKey lt {tenant.Value + "|case}"} and RowKey eq {CaseRows.SnapshotKey} and TemplateId eq {template.Id}");
        var records = new System.Collections.Concurrent.ConcurrentBag<CaseRecord>();
        var rows = _cases.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "TemplateVersion"], maxPerPage: 1000, cancellationToken: cancellationToken);
        await foreach (var page in rows.AsPages().WithCancellation(cancellationToken))
        {
            var found = page.Values.Select(row => (CaseId: row.PartitionKey.Split('|')[2], Version: row.GetInt32("TemplateVersion") ?? template.Version));
            await Parallel.ForEachAsync(found, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (c, ct) =>
            {
                var events = await _store.EventsAsync(tenant, c.CaseId, ct);
                if (events.Count > 0 && period.Contains(CaseProjection.Month(events[0].At)))
                {
                    records.Add(CaseRecord.Of(c.CaseId, events, template, withNames) with { Version = c.Version });
                }
            });
            if (records.Count > limit)
            {
                break;
            }
        }

        return [.. records.OrderBy(r => r.StartedAt).ThenBy(r => r.CaseId, StringComparer.Ordinal).Take(limit + 1)];
    }
}

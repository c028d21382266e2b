using Azure.Data.Tables;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Insights;

/// <summary>
/// The cases of one process started in a period, each with its step visits, read from their audit trails for the
/// workbook: one query over the tenant's snapshot rows, then each case's events (16 at a time). At most
/// <see cref="CaseWorkbook.MaxCases"/> cases.
/// </summary>
public sealed class CaseArchive(TableServiceClient service)
{
    private readonly TableClient _cases = service.GetTableClient(CaseStore.TableName);
    private readonly CaseStore _store = new(service);

    public async Task<IReadOnlyList<CaseRecord>> LoadAsync(TenantId tenant, ProcessTemplate template, FigurePeriod period, bool withNames, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {tenant.Value + "|case|"} and PartitionKey lt {tenant.Value + "|case}"} and RowKey eq {CaseRows.SnapshotKey} and TemplateId eq {template.Id}");
        var found = new List<(string CaseId, int Version)>();
        await foreach (var row in _cases.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "TemplateVersion"], maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            found.Add((row.PartitionKey.Split('|')[2], row.GetInt32("TemplateVersion") ?? template.Version));
            if (found.Count > CaseWorkbook.MaxCases)
            {
                break;
            }
        }

        var records = new System.Collections.Concurrent.ConcurrentBag<CaseRecord>();
        await Parallel.ForEachAsync(found, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (c, ct) =>
        {
            var events = await _store.EventsAsync(tenant, c.CaseId, ct);
            if (events.Count > 0 && period.Contains(CaseProjection.Month(events[0].At)))
            {
                records.Add(CaseRecord.Of(c.CaseId, events, template, withNames) with { Version = c.Version });
            }
        });
        return [.. records.OrderBy(r => r.StartedAt).ThenBy(r => r.CaseId, StringComparer.Ordinal).Take(CaseWorkbook.MaxCases)];
    }
}

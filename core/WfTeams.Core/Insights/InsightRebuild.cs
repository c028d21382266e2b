using System.Collections.Concurrent;
using Azure.Data.Tables;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Insights;

/// <summary>
/// Recomputes the figures from the cases' events: every case's snapshot (its template version) and audit trail,
/// folded with the same <see cref="CaseProjection"/> as the projector, so the result must equal what it kept.
/// Run it while no case of the tenant changes (a change during the rebuild is caught up by the case's next change).
/// </summary>
public sealed class InsightRebuild(TableServiceClient service)
{
    private const int Parallel = 16;

    private readonly TableClient _cases = service.GetTableClient(CaseStore.TableName);
    private readonly CaseStore _store = new(service);
    private readonly InsightStore _insights = new(service);

    /// <summary>The rows a rebuild would write, per tenant and process: aggregates and checkpoints.</summary>
    public async Task<Dictionary<(string Tenant, string TemplateId), List<TableEntity>>> ComputeAsync(TenantId? tenant, CancellationToken cancellationToken = default)
    {
        var filter = tenant is null
            ? TableClient.CreateQueryFilter($"RowKey eq {CaseRows.SnapshotKey}")
            : TableClient.CreateQueryFilter($"PartitionKey ge {tenant.Value + "|case|"} and PartitionKey lt {tenant.Value + "|case}"} and RowKey eq {CaseRows.SnapshotKey}");
        var templates = new ConcurrentDictionary<(string, int), ProcessTemplate>();
        var snapshots = new List<(TenantId Tenant, string CaseId, ProcessTemplate Template)>();
        await foreach (var row in _cases.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            var parts = row.PartitionKey.Split('|');
            if (parts.Length != 3 || row.GetString("TemplateId") is not { } templateId || row.GetInt32("TemplateVersion") is not { } version)
            {
                continue;
            }

            var template = templates.GetOrAdd((templateId, version), _ => TemplateBody.Read(row));
            snapshots.Add((new TenantId(parts[0]), parts[2], template));
        }

        var books = new ConcurrentDictionary<(string, string), (FigureBook Book, ConcurrentDictionary<string, CaseProgress> Progress)>();
        var folded = new ConcurrentBag<(string Tenant, string CaseId, ProcessTemplate Template, IReadOnlyList<CaseEvent> Events)>();
        await System.Threading.Tasks.Parallel.ForEachAsync(snapshots, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken }, async (c, ct) =>
            folded.Add((c.Tenant.Value, c.CaseId, c.Template, await _store.EventsAsync(c.Tenant, c.CaseId, ct))));

        // Folded one after another: a book is not shared between threads.
        foreach (var (caseTenant, caseId, template, events) in folded)
        {
            var (book, progress) = books.GetOrAdd((caseTenant, template.Id), _ => (new FigureBook(), new ConcurrentDictionary<string, CaseProgress>()));
            var p = new CaseProgress();
            book.Apply(caseId, p, events, template);
            progress[caseId] = p;
        }

        var result = new Dictionary<(string Tenant, string TemplateId), List<TableEntity>>();
        foreach (var ((caseTenant, templateId), (book, progress)) in books)
        {
            book.Prune();
            var partition = InsightRows.PartitionKey(new TenantId(caseTenant), templateId);
            result[(caseTenant, templateId)] =
            [
                .. book.Rows.Select(r => InsightRows.Write(partition, r.Key, r.Value)),
                .. progress.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => InsightRows.Write(partition, InsightRows.CaseKey(p.Key), p.Value)),
            ];
        }

        return result;
    }

    /// <summary>Recomputes and replaces the figures of every process of <paramref name="tenant"/> (or of all tenants).</summary>
    public async Task<RebuildResult> RebuildAsync(TenantId? tenant, CancellationToken cancellationToken = default)
    {
        var computed = await ComputeAsync(tenant, cancellationToken);
        foreach (var ((caseTenant, templateId), rows) in computed)
        {
            await _insights.ReplaceAsync(new TenantId(caseTenant), templateId, rows, cancellationToken);
        }

        return new RebuildResult(computed.Values.Sum(r => r.Count(e => e.RowKey.StartsWith("case|", StringComparison.Ordinal))), computed.Count);
    }
}

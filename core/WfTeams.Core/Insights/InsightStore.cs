using Azure;
using Azure.Data.Tables;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Insights;

/// <summary>
/// The figure rows of table <c>insights</c> (<see cref="InsightRows"/>). A case's new events are applied exactly once:
/// its checkpoint (<c>case|{id}</c>) and the aggregate rows they change are read in one query and written in one
/// entity-group transaction with their ETags, so a second instance or a retry either sees the checkpoint already
/// past the event or loses the race (412/409) and starts over. A figure is one query over the process's partition.
/// </summary>
public sealed class InsightStore(TableServiceClient service) : ICaseDataStore
{
    public const string TableName = "insights";
    private const int MaxAttempts = 12;

    /// <summary>Changes applied in one transaction at most: a checkpoint each and the shards' month and open rows stay within 100 operations.</summary>
    public const int MaxBatch = 32;

    private readonly TableClient _insights = service.GetTableClient(TableName);
    private readonly CaseStore _cases = new(service);
    private readonly TableAccess _access = new(service, TableName);
    private long _operations;

    /// <summary>Storage calls made so far (queries, transactions, retries): what the projector costs.</summary>
    public long Operations => Interlocked.Read(ref _operations);

    /// <summary>
    /// Applies what <paramref name="recorded"/> adds to the figures, and any events of the case the projection missed
    /// before it (read from the case then). Returns the number of events applied (0: all were applied before).
    /// </summary>
    public Task<int> ProjectAsync(TenantId tenant, string caseId, ProcessTemplate template, CaseEvent recorded, CancellationToken cancellationToken = default) =>
        ProjectAsync(tenant, [new Projection(caseId, template, recorded)], cancellationToken);

    /// <summary>
    /// Applies the changes of several cases of one process (<see cref="MaxBatch"/> at most) together: their checkpoints and the
    /// aggregate rows they change read in one query and written in one transaction, so concurrent completions of a process share
    /// the rows they would otherwise race for. Returns the number of events applied.
    /// </summary>
    public Task<int> ProjectAsync(TenantId tenant, IReadOnlyList<Projection> changes, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            if (changes.Count == 0 || changes.Count > MaxBatch || changes.Select(c => c.Template.Id).Distinct().Count() != 1)
            {
                throw new ArgumentException($"1 to {MaxBatch} changes of one process", nameof(changes));
            }

            await _access.EnsureTablesAsync(cancellationToken);
            var partition = InsightRows.PartitionKey(tenant, changes[0].Template.Id);
            // One entry per case: its latest change (an earlier one of the same batch is caught up from the audit trail below).
            var latest = changes.GroupBy(c => c.CaseId).Select(g => g.MaxBy(c => c.Recorded.Sequence)!).ToList();
            for (var attempt = 1; ; attempt++)
            {
                var keys = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var change in latest)
                {
                    var shard = InsightRows.Shard(change.CaseId);
                    keys.Add(InsightRows.CaseKey(change.CaseId));
                    keys.Add(InsightRows.OpenKey(change.Template.Version, shard));
                    keys.Add(InsightRows.MonthKey(CaseProjection.Month(change.Recorded.At), change.Template.Version, shard));
                }

                var rows = await ReadAsync(partition, keys, cancellationToken);
                var work = new List<(Projection Change, CaseProgress Progress, IReadOnlyList<CaseEvent> Events)>();
                foreach (var change in latest)
                {
                    var progress = rows.TryGetValue(InsightRows.CaseKey(change.CaseId), out var checkpoint) ? InsightRows.ReadProgress(checkpoint) : new CaseProgress();
                    if (progress.Sequence >= change.Recorded.Sequence || progress.Closed)
                    {
                        continue;
                    }

                    IReadOnlyList<CaseEvent> events = [change.Recorded];
                    if (progress.Sequence < change.Recorded.Sequence - 1)
                    {
                        // A change this projection missed (a crash after the case was written): catch up from the audit trail.
                        Interlocked.Increment(ref _operations);
                        events = [.. (await _cases.EventsAsync(tenant, change.CaseId, cancellationToken)).Where(e => e.Sequence > progress.Sequence && e.Sequence <= change.Recorded.Sequence)];
                        var more = events.Select(e => InsightRows.MonthKey(CaseProjection.Month(e.At), change.Template.Version, InsightRows.Shard(change.CaseId))).Where(k => !keys.Contains(k)).ToList();
                        if (more.Count > 0)
                        {
                            foreach (var (key, row) in await ReadAsync(partition, more, cancellationToken))
                            {
                                rows[key] = row;
                            }

                            keys.UnionWith(more);
                        }
                    }

                    work.Add((change, progress, events));
                }

                var book = new FigureBook();
                var before = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, row) in rows.Where(r => !r.Key.StartsWith("case|", StringComparison.Ordinal)))
                {
                    book.Rows[key] = InsightRows.ReadAggregate(row);
                    before[key] = InsightRows.Canonical(book.Rows[key]);
                }

                var applied = 0;
                var actions = new List<TableTransactionAction>();
                foreach (var (change, progress, events) in work)
                {
                    var count = book.Apply(change.CaseId, progress, events, change.Template);
                    if (count > 0)
                    {
                        applied += count;
                        actions.Add(Put(InsightRows.Write(partition, InsightRows.CaseKey(change.CaseId), progress), rows));
                    }
                }

                if (applied == 0)
                {
                    return 0;
                }

                book.Prune();
                // Only the rows that changed (an assignment changes none but the checkpoint): fewer writers contend for a shard.
                actions.AddRange(book.Rows
                    .Where(r => !before.TryGetValue(r.Key, out var old) || old != InsightRows.Canonical(r.Value))
                    .Select(r => Put(InsightRows.Write(partition, r.Key, r.Value), rows)));
                TableLimits.CheckBatch(actions);
                try
                {
                    Interlocked.Increment(ref _operations);
                    await _insights.SubmitTransactionAsync(actions, cancellationToken);
                    return applied;
                }
                catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
                {
                    // Another instance (or a projection outside the batch) was first: read again.
                    await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
                }
            }
        });

    public string Name => "figures";

    /// <summary>
    /// Deletes the case's checkpoint (it holds what the case decided and captured). A case deleted while open is also taken
    /// out of the cases waiting now, in the same transaction; what it added to the months (started, steps done) stays:
    /// counts without anything of the case. Answers 1 when a checkpoint was deleted.
    /// </summary>
    public Task<int> DeleteCaseAsync(TenantId tenant, string caseId, string? templateId, CancellationToken cancellationToken) =>
        templateId is null ? Task.FromResult(0) : _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var partition = InsightRows.PartitionKey(tenant, templateId);
            for (var attempt = 1; ; attempt++)
            {
                var rows = await ReadAsync(partition, [InsightRows.CaseKey(caseId)], cancellationToken);
                if (!rows.TryGetValue(InsightRows.CaseKey(caseId), out var checkpoint))
                {
                    return 0;
                }

                var progress = InsightRows.ReadProgress(checkpoint);
                var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Delete, checkpoint, checkpoint.ETag) };
                if (!progress.Closed && progress is { CurrentStepId: { } stepId, EnteredAt: { } entered })
                {
                    var openKey = InsightRows.OpenKey(progress.TemplateVersion, InsightRows.Shard(caseId));
                    foreach (var (key, row) in await ReadAsync(partition, [openKey], cancellationToken))
                    {
                        var waiting = InsightRows.ReadAggregate(row);
                        var wait = waiting.Step(stepId);
                        wait.Waiting--;
                        wait.WaitingSinceSum -= entered.ToUnixTimeSeconds();
                        waiting.Prune();
                        actions.Add(Put(InsightRows.Write(partition, key, waiting), new() { [key] = row }));
                    }
                }

                try
                {
                    Interlocked.Increment(ref _operations);
                    await _insights.SubmitTransactionAsync(actions, cancellationToken);
                    return 1;
                }
                catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412 && attempt < MaxAttempts)
                {
                    // The projector (or another deletion) was first: read again.
                    await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
                }
            }
        });

    /// <summary>The process's figure rows from <paramref name="firstMonth"/> on and its open rows: one query.</summary>
    public Task<FigureBook> ReadBookAsync(TenantId tenant, string templateId, string firstMonth, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {InsightRows.PartitionKey(tenant, templateId)} and RowKey ge {"m|" + firstMonth} and RowKey lt {"open}"}");
            var book = new FigureBook();
            await foreach (var row in _insights.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            {
                book.Rows[row.RowKey] = InsightRows.ReadAggregate(row);
            }

            return book;
        });

    /// <summary>The figures of a process over a period (all versions, or one), named by <paramref name="template"/>.</summary>
    public async Task<ProcessFigures> FiguresAsync(TenantId tenant, ProcessTemplate template, FigurePeriod period, DateTimeOffset now, int? version = null, CancellationToken cancellationToken = default) =>
        (await ReadBookAsync(tenant, template.Id, period.FirstMonth, cancellationToken)).Figures(template, period, now, version);

    /// <summary>Every row of the process's partition (aggregates and checkpoints), for a rebuild or a comparison.</summary>
    public Task<SortedDictionary<string, TableEntity>> ReadAllAsync(TenantId tenant, string templateId, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {InsightRows.PartitionKey(tenant, templateId)}");
            var rows = new SortedDictionary<string, TableEntity>(StringComparer.Ordinal);
            await foreach (var row in _insights.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            {
                rows[row.RowKey] = row;
            }

            return rows;
        });

    /// <summary>Replaces the process's partition with <paramref name="rows"/>: deletes what is not among them, writes the rest, 100 rows a transaction.</summary>
    public Task ReplaceAsync(TenantId tenant, string templateId, IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            var existing = await ReadAllAsync(tenant, templateId, cancellationToken);
            var keep = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
            var actions = existing.Keys.Where(k => !keep.Contains(k))
                .Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(InsightRows.PartitionKey(tenant, templateId), k), ETag.All))
                .Concat(rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)))
                .ToList();
            foreach (var batch in actions.Chunk(100))
            {
                await _insights.SubmitTransactionAsync(batch, cancellationToken);
            }

            return true;
        });

    private async Task<Dictionary<string, TableEntity>> ReadAsync(string partition, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _operations);
        var rowFilter = string.Join(" or ", keys.Select(k => TableClient.CreateQueryFilter($"RowKey eq {k}")));
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}") + " and (" + rowFilter + ")";
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var row in _insights.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows[row.RowKey] = row;
        }

        return rows;
    }

    /// <summary>Replaces a row read with its ETag, or adds one that was not there (so a concurrent add fails with 409).</summary>
    private static TableTransactionAction Put(TableEntity row, Dictionary<string, TableEntity> read) =>
        read.TryGetValue(row.RowKey, out var before)
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, before.ETag)
            : new TableTransactionAction(TableTransactionActionType.Add, row);
}

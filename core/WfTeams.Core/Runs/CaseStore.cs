using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Runs;

/// <summary>
/// Cases on Azure Tables. Table <c>cases</c>: one partition per case, <c>{tenant}|case|{caseId}</c>, holding
/// <c>state</c> (the case, replaced with its ETag on every change), <c>snapshot</c> (the template version the
/// case was started from, immutable), <c>event|{sequence}</c> (the audit trail, append-only) and
/// <c>activity|{hash}</c> (one per Teams activity that changed the case). Every change is one entity-group
/// transaction of state + event + activity: a concurrent change fails with 412, a retried activity with 409.
/// Table <c>caseindex</c>: rows <c>{tenant}|user|{hash}</c> / <c>{tenant}|conv|{hash}</c> → case id, written
/// before the case and read tolerantly (a row whose case does not exist or is closed is skipped and repaired).
/// </summary>
public sealed class CaseStore(TableServiceClient service)
{
    public const string TableName = "cases";
    public const string IndexTableName = "caseindex";
    public const int MaxListed = 50;

    private const string StateKey = "state";
    private const string SnapshotKey = "snapshot";
    private const int MaxCachedSnapshots = 2000;

    private readonly TableClient _cases = service.GetTableClient(TableName);
    private readonly TableClient _index = service.GetTableClient(IndexTableName);
    private readonly ConcurrentDictionary<string, ProcessTemplate> _snapshots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Loaded> _written = new(StringComparer.Ordinal);
    private readonly TableAccess _access = new(service, TableName, IndexTableName);

    public Uri Endpoint => _access.Endpoint;

    /// <summary>A case as read, with the ETag its next change must match.</summary>
    public sealed record Loaded(CaseState State, ProcessTemplate Template, ETag ETag);

    public enum SaveResult
    {
        Saved,

        /// <summary>Someone changed the case first (412): nothing was written.</summary>
        Conflict,

        /// <summary>This activity changed the case before (409 on its row): nothing was written.</summary>
        DuplicateActivity,
    }

    public static string PartitionKey(TenantId tenant, string caseId) => $"{tenant.Value}|case|{caseId}";

    public static string UserIndexKey(TenantId tenant, string userId) => $"{tenant.Value}|user|{Hash(userId)}";

    public static string ConversationIndexKey(TenantId tenant, string conversationId) => $"{tenant.Value}|conv|{Hash(conversationId)}";

    public static string EventKey(int sequence) => string.Create(CultureInfo.InvariantCulture, $"event|{sequence:D10}");

    public static string ActivityKey(string activityId) => "activity|" + Hash(activityId);

    /// <summary>A case started by an activity gets its id from it: a retried start finds the case it already made.</summary>
    public static string CaseIdFor(TenantId tenant, string activityId) => Hash(tenant.Value + "\n" + activityId)[..20];

    /// <summary>Writes a new case whole: state, snapshot, first event, activity. False when it exists already (a retried start).</summary>
    /// <exception cref="TableLimitException">The case or its template does not fit in Table storage.</exception>
    public Task<bool> CreateAsync(TenantId tenant, CaseState state, CaseEvent started, ProcessTemplate template, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            var partition = PartitionKey(tenant, state.Id);
            var snapshot = new TableEntity(partition, SnapshotKey) { ["TemplateId"] = template.Id, ["TemplateVersion"] = template.Version };
            TemplateBody.Write(TemplateBody.Encode(template), snapshot);
            List<TableTransactionAction> actions =
            [
                new(TableTransactionActionType.Add, StateRow(partition, state, template)),
                new(TableTransactionActionType.Add, snapshot),
                new(TableTransactionActionType.Add, EventRow(partition, started)),
                new(TableTransactionActionType.Add, ActivityRow(partition, started)),
            ];
            TableLimits.CheckBatch(actions);
            await _access.EnsureTablesAsync(cancellationToken);
            try
            {
                await _cases.SubmitTransactionAsync(actions, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                return false;
            }

            Remember(tenant, state.Id, template);
            return true;
        });

    /// <summary>
    /// The case as stored. With <paramref name="lastWritten"/>, the state this instance wrote last may be
    /// returned without a read: only for a change, whose ETag check refuses it if another writer was first.
    /// </summary>
    public Task<Loaded?> LoadAsync(TenantId tenant, string caseId, CancellationToken cancellationToken = default, bool lastWritten = false) =>
        _access.GuardAsync(async () =>
        {
            if (!IsCaseId(caseId))
            {
                return null;
            }

            if (lastWritten && _written.TryGetValue(SnapshotCacheKey(tenant, caseId), out var written))
            {
                return written;
            }

            await _access.EnsureTablesAsync(cancellationToken);
            var partition = PartitionKey(tenant, caseId);
            var stateTask = _cases.GetEntityIfExistsAsync<TableEntity>(partition, StateKey, cancellationToken: cancellationToken);
            var template = _snapshots.GetValueOrDefault(SnapshotCacheKey(tenant, caseId));
            if (template is null)
            {
                var snapshot = await _cases.GetEntityIfExistsAsync<TableEntity>(partition, SnapshotKey, cancellationToken: cancellationToken);
                if (!snapshot.HasValue)
                {
                    return null;
                }

                template = TemplateBody.Read(snapshot.Value!);
                Remember(tenant, caseId, template);
            }

            var row = await stateTask;
            return row.HasValue ? new Loaded(ReadState(row.Value!), template, row.Value!.ETag) : null;
        });

    /// <summary>One transaction: the new state (if the ETag still matches), the event, the activity's row.</summary>
    /// <exception cref="TableLimitException">The new state does not fit in one row.</exception>
    public Task<SaveResult> SaveAsync(TenantId tenant, Loaded loaded, CaseState next, CaseEvent recorded, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            var partition = PartitionKey(tenant, next.Id);
            List<TableTransactionAction> actions =
            [
                new(TableTransactionActionType.UpdateReplace, StateRow(partition, next, loaded.Template), loaded.ETag),
                new(TableTransactionActionType.Add, EventRow(partition, recorded)),
                new(TableTransactionActionType.Add, ActivityRow(partition, recorded)),
            ];
            TableLimits.CheckBatch(actions);
            await _access.EnsureTablesAsync(cancellationToken);
            var key = SnapshotCacheKey(tenant, next.Id);
            try
            {
                var responses = await _cases.SubmitTransactionAsync(actions, cancellationToken);
                if (responses.Value.Count > 0 && responses.Value[0].Headers.ETag is { } etag)
                {
                    RememberWritten(key, new Loaded(next, loaded.Template, etag));
                }

                return SaveResult.Saved;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                _written.TryRemove(key, out _);
                // Only the event and activity rows are added: a 409 is a retried activity, or a lost race on the event row.
                var activity = await _cases.GetEntityIfExistsAsync<TableEntity>(partition, ActivityKey(recorded.ActivityId), ["Sequence"], cancellationToken);
                return activity.HasValue ? SaveResult.DuplicateActivity : SaveResult.Conflict;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                _written.TryRemove(key, out _);
                return SaveResult.Conflict;
            }
        });

    /// <summary>The event a Teams activity produced in this case, or null when it changed nothing here.</summary>
    public Task<CaseEvent?> FindAppliedAsync(TenantId tenant, string caseId, string activityId, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var partition = PartitionKey(tenant, caseId);
            var activity = await _cases.GetEntityIfExistsAsync<TableEntity>(partition, ActivityKey(activityId), ["Sequence"], cancellationToken);
            if (!activity.HasValue || activity.Value!.GetInt32("Sequence") is not { } sequence)
            {
                return null;
            }

            var row = await _cases.GetEntityIfExistsAsync<TableEntity>(partition, EventKey(sequence), cancellationToken: cancellationToken);
            return row.HasValue ? ReadEvent(row.Value!) : null;
        });

    /// <summary>The complete audit trail, oldest first.</summary>
    public Task<IReadOnlyList<CaseEvent>> EventsAsync(TenantId tenant, string caseId, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(tenant, caseId)} and RowKey ge {"event|"} and RowKey lt {"event}"}");
            var events = new List<CaseEvent>();
            await foreach (var row in _cases.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            {
                events.Add(ReadEvent(row));
            }

            return (IReadOnlyList<CaseEvent>)events;
        });

    /// <summary>Lists the case for these people and chats. Written before the case itself: an index row never points nowhere for long.</summary>
    public Task AddToIndexAsync(TenantId tenant, CaseState state, IEnumerable<string> partitionKeys, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            await Task.WhenAll(partitionKeys.Distinct(StringComparer.Ordinal).Select(key =>
            {
                var row = new TableEntity(key, state.Id) { ["Open"] = true, ["StartedAt"] = state.StartedAt, ["Subject"] = state.Subject };
                TableLimits.Check(row);
                return _index.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            }));
            return true;
        });

    /// <summary>The index partitions that list <paramref name="state"/>: its starter, its assignees and its chat when shared.</summary>
    public static IEnumerable<string> IndexKeys(TenantId tenant, CaseState state)
    {
        yield return UserIndexKey(tenant, state.StartedBy.Id);
        foreach (var assignee in state.Steps.Values.Select(s => s.Assignee).OfType<Actor>())
        {
            yield return UserIndexKey(tenant, assignee.Id);
        }

        if (state.Shared && state.ConversationId is { } conversation)
        {
            yield return ConversationIndexKey(tenant, conversation);
        }
    }

    /// <summary>Marks a finished or cancelled case closed in its index rows; a crash before this only leaves rows the list skips and repairs.</summary>
    public Task CloseInIndexAsync(TenantId tenant, CaseState state, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            await Task.WhenAll(IndexKeys(tenant, state).Distinct(StringComparer.Ordinal).Select(key => CloseIndexRowAsync(key, state.Id, cancellationToken)));
            return true;
        });

    /// <summary>
    /// The open cases of a user (started by or assigned to them) and, given a chat, the cases shared in it;
    /// newest first, at most <see cref="MaxListed"/>. Read from the state rows, so the index only has to know membership.
    /// </summary>
    public Task<IReadOnlyList<CaseSummary>> ListOpenAsync(TenantId tenant, string userId, string? conversationId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var keys = new List<string> { UserIndexKey(tenant, userId) };
            if (conversationId is not null)
            {
                keys.Add(ConversationIndexKey(tenant, conversationId));
            }

            var entries = new List<TableEntity>();
            foreach (var key in keys)
            {
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {key} and Open eq {true}");
                await foreach (var row in _index.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
                {
                    entries.Add(row);
                }
            }

            var newest = entries
                .Where(e => IsCaseId(e.RowKey))
                .OrderByDescending(e => e.GetDateTimeOffset("StartedAt"))
                .DistinctBy(e => e.RowKey)
                .Take(MaxListed)
                .ToList();
            var summaries = await Task.WhenAll(newest.Select(entry => SummaryOrRepairAsync(tenant, entry, now, cancellationToken)));
            return (IReadOnlyList<CaseSummary>)summaries.OfType<CaseSummary>().OrderByDescending(s => s.UpdatedAt).ToList();
        });

    private async Task<CaseSummary?> SummaryOrRepairAsync(TenantId tenant, TableEntity entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await _cases.GetEntityIfExistsAsync<TableEntity>(PartitionKey(tenant, entry.RowKey), StateKey, SummaryColumns, cancellationToken);
        if (!row.HasValue)
        {
            // Written before a case whose transaction never happened: harmless, removed once surely abandoned.
            if (entry.Timestamp is { } written && now - written > TimeSpan.FromMinutes(10))
            {
                await _index.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, ETag.All, cancellationToken);
            }

            return null;
        }

        var summary = ReadSummary(entry.RowKey, row.Value!);
        if (summary.Status is CaseStatus.Finished or CaseStatus.Cancelled)
        {
            await CloseIndexRowAsync(entry.PartitionKey, entry.RowKey, cancellationToken);
            return null;
        }

        return summary;
    }

    private async Task CloseIndexRowAsync(string partitionKey, string caseId, CancellationToken cancellationToken)
    {
        try
        {
            await _index.UpdateEntityAsync(new TableEntity(partitionKey, caseId) { ["Open"] = false }, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Nothing to close.
        }
    }

    private static readonly string[] SummaryColumns =
        ["Subject", "TemplateName", "Status", "StepId", "StepTitle", "StepNumber", "StepCount", "DueAt", "AssigneeName", "Version", "UpdatedAt"];

    private static TableEntity StateRow(string partition, CaseState state, ProcessTemplate template)
    {
        var summary = CaseSummary.Of(state, template);
        var row = new TableEntity(partition, StateKey)
        {
            ["Subject"] = summary.Subject,
            ["TemplateName"] = summary.TemplateName,
            ["Status"] = summary.Status.ToString(),
            ["StepId"] = summary.StepId ?? "",
            ["StepTitle"] = summary.StepTitle ?? "",
            ["StepNumber"] = summary.StepNumber,
            ["StepCount"] = summary.StepCount,
            ["DueAt"] = summary.DueAt,
            ["AssigneeName"] = summary.AssigneeName ?? "",
            ["Version"] = summary.Version,
            ["UpdatedAt"] = summary.UpdatedAt,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(state, CaseJson.Options);
        ChunkedBody.Write(row, "State", ChunkedBody.Compress(json, quality: 3), json.Length);
        return row;
    }

    private static CaseSummary ReadSummary(string caseId, TableEntity row) => new(
        caseId,
        row.GetString("Subject") ?? "",
        row.GetString("TemplateName") ?? "",
        Enum.TryParse<CaseStatus>(row.GetString("Status"), out var status) ? status : CaseStatus.Active,
        row.GetString("StepId") is { Length: > 0 } stepId ? stepId : null,
        row.GetString("StepTitle") is { Length: > 0 } title ? title : null,
        row.GetInt32("StepNumber") ?? 0,
        row.GetInt32("StepCount") ?? 0,
        row.GetDateTimeOffset("DueAt"),
        row.GetString("AssigneeName") is { Length: > 0 } assignee ? assignee : null,
        row.GetInt32("Version") ?? 0,
        row.GetDateTimeOffset("UpdatedAt") ?? default);

    private static CaseState ReadState(TableEntity row) =>
        JsonSerializer.Deserialize<CaseState>(ChunkedBody.Read(row, "State"), CaseJson.Options)
            ?? throw new InvalidDataException($"Case row {row.PartitionKey} is empty.");

    private static TableEntity EventRow(string partition, CaseEvent recorded)
    {
        var row = new TableEntity(partition, EventKey(recorded.Sequence))
        {
            ["Kind"] = recorded.Kind.ToString(),
            ["StepId"] = recorded.StepId ?? "",
            ["ActorId"] = recorded.Actor.Id,
            ["ActorName"] = recorded.Actor.Name,
            ["At"] = recorded.At,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(recorded, CaseJson.Options);
        ChunkedBody.Write(row, "Data", ChunkedBody.Compress(json, quality: 3), json.Length);
        return row;
    }

    private static CaseEvent ReadEvent(TableEntity row) =>
        JsonSerializer.Deserialize<CaseEvent>(ChunkedBody.Read(row, "Data"), CaseJson.Options)
            ?? throw new InvalidDataException($"Event row {row.RowKey} is empty.");

    private static TableEntity ActivityRow(string partition, CaseEvent recorded) => new(partition, ActivityKey(recorded.ActivityId))
    {
        ["Sequence"] = recorded.Sequence,
        ["Kind"] = recorded.Kind.ToString(),
        ["ActivityId"] = recorded.ActivityId.Length <= 1000 ? recorded.ActivityId : recorded.ActivityId[..1000],
    };

    private void Remember(TenantId tenant, string caseId, ProcessTemplate template)
    {
        // Snapshots never change, so caching them is always correct; the cap only bounds memory.
        if (_snapshots.Count >= MaxCachedSnapshots)
        {
            _snapshots.Clear();
        }

        _snapshots[SnapshotCacheKey(tenant, caseId)] = template;
    }

    private void RememberWritten(string key, Loaded loaded)
    {
        if (_written.Count >= MaxCachedSnapshots)
        {
            _written.Clear();
        }

        _written[key] = loaded;
    }

    private static string SnapshotCacheKey(TenantId tenant, string caseId) => tenant.Value + "|" + caseId;

    public static bool IsCaseId(string caseId) => caseId.Length is > 0 and <= 64 && caseId.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));

    private static string Hash(string value) => TableAccess.KeyHash(value);
}

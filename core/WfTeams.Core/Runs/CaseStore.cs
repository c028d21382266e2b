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
/// The rows are <see cref="CaseRows"/>, the lists of cases per person and chat <see cref="CaseIndex"/>.
/// </summary>
public sealed class CaseStore(TableServiceClient service)
{
    public const string TableName = "cases";
    public const string IndexTableName = "caseindex";
    public const int MaxListed = 50;

    private readonly TableClient _cases = service.GetTableClient(TableName);
    private readonly CaseIndex _index = new(service.GetTableClient(IndexTableName), service.GetTableClient(TableName));
    private readonly CaseCache _cache = new();
    private readonly TableAccess _access = new(service, TableName, IndexTableName);

    /// <summary>The open steps by due time, for the reminder scheduler (written before each case change).</summary>
    public DueSteps Due { get; } = new(service);

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

    public static string UserIndexKey(TenantId tenant, string userId) => CaseIndex.UserKey(tenant, userId);

    /// <summary>The index partitions that list <paramref name="state"/>: its starter, its assignees and its chat when shared.</summary>
    public static IEnumerable<string> IndexKeys(TenantId tenant, CaseState state) => CaseIndex.Keys(tenant, state);

    /// <summary>A case started by an activity gets its id from it: a retried start finds the case it already made.</summary>
    public static string CaseIdFor(TenantId tenant, string activityId) => TableAccess.KeyHash(tenant.Value + "\n" + activityId)[..20];

    public static bool IsCaseId(string caseId) => caseId.Length is > 0 and <= 64 && caseId.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));

    /// <summary>Writes a new case whole: state, snapshot, first event, activity. False when it exists already (a retried start).</summary>
    /// <exception cref="TableLimitException">The case or its template does not fit in Table storage.</exception>
    public Task<bool> CreateAsync(TenantId tenant, CaseState state, CaseEvent started, ProcessTemplate template, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            var partition = CaseRows.PartitionKey(tenant, state.Id);
            List<TableTransactionAction> actions =
            [
                new(TableTransactionActionType.Add, CaseRows.StateRow(partition, state, template)),
                new(TableTransactionActionType.Add, CaseRows.Snapshot(partition, template)),
                new(TableTransactionActionType.Add, CaseRows.EventRow(partition, started)),
                new(TableTransactionActionType.Add, CaseRows.ActivityRow(partition, started)),
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

            _cache.RememberSnapshot(tenant, state.Id, template);
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

            if (lastWritten && _cache.Written(tenant, caseId) is { } written)
            {
                return written;
            }

            await _access.EnsureTablesAsync(cancellationToken);
            var partition = CaseRows.PartitionKey(tenant, caseId);
            var stateTask = _cases.GetEntityIfExistsAsync<TableEntity>(partition, CaseRows.StateKey, cancellationToken: cancellationToken);
            var template = _cache.Snapshot(tenant, caseId);
            if (template is null)
            {
                var snapshot = await _cases.GetEntityIfExistsAsync<TableEntity>(partition, CaseRows.SnapshotKey, cancellationToken: cancellationToken);
                if (!snapshot.HasValue)
                {
                    return null;
                }

                template = TemplateBody.Read(snapshot.Value!);
                _cache.RememberSnapshot(tenant, caseId, template);
            }

            var row = await stateTask;
            return row.HasValue ? new Loaded(CaseRows.ReadState(row.Value!), template, row.Value!.ETag) : null;
        });

    /// <summary>The case's state and its list columns alone (one point read, no template): what the reminder scheduler checks a due row against.</summary>
    public Task<(CaseState State, CaseSummary Summary)?> LoadStateAsync(TenantId tenant, string caseId, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            if (!IsCaseId(caseId))
            {
                return null;
            }

            await _access.EnsureTablesAsync(cancellationToken);
            var row = await _cases.GetEntityIfExistsAsync<TableEntity>(CaseRows.PartitionKey(tenant, caseId), CaseRows.StateKey, cancellationToken: cancellationToken);
            return row.HasValue ? (CaseRows.ReadState(row.Value!), CaseRows.ReadSummary(caseId, row.Value!)) : ((CaseState, CaseSummary)?)null;
        });

    /// <summary>One transaction: the new state (if the ETag still matches), the event, the activity's row.</summary>
    /// <exception cref="TableLimitException">The new state does not fit in one row.</exception>
    public Task<SaveResult> SaveAsync(TenantId tenant, Loaded loaded, CaseState next, CaseEvent recorded, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            var partition = CaseRows.PartitionKey(tenant, next.Id);
            List<TableTransactionAction> actions =
            [
                new(TableTransactionActionType.UpdateReplace, CaseRows.StateRow(partition, next, loaded.Template), loaded.ETag),
                new(TableTransactionActionType.Add, CaseRows.EventRow(partition, recorded)),
                new(TableTransactionActionType.Add, CaseRows.ActivityRow(partition, recorded)),
            ];
            TableLimits.CheckBatch(actions);
            await _access.EnsureTablesAsync(cancellationToken);
            try
            {
                var responses = await _cases.SubmitTransactionAsync(actions, cancellationToken);
                if (responses.Value.Count > 0 && responses.Value[0].Headers.ETag is { } etag)
                {
                    _cache.RememberWritten(tenant, next.Id, new Loaded(next, loaded.Template, etag));
                }

                return SaveResult.Saved;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                _cache.ForgetWritten(tenant, next.Id);
                // Only the event and activity rows are added: a 409 is a retried activity, or a lost race on the event row.
                var activity = await _cases.GetEntityIfExistsAsync<TableEntity>(partition, CaseRows.ActivityKey(recorded.ActivityId), ["Sequence"], cancellationToken);
                return activity.HasValue ? SaveResult.DuplicateActivity : SaveResult.Conflict;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                _cache.ForgetWritten(tenant, next.Id);
                return SaveResult.Conflict;
            }
        });

    /// <summary>The event a Teams activity produced in this case, or null when it changed nothing here.</summary>
    public Task<CaseEvent?> FindAppliedAsync(TenantId tenant, string caseId, string activityId, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var partition = CaseRows.PartitionKey(tenant, caseId);
            var activity = await _cases.GetEntityIfExistsAsync<TableEntity>(partition, CaseRows.ActivityKey(activityId), ["Sequence"], cancellationToken);
            if (!activity.HasValue || activity.Value!.GetInt32("Sequence") is not { } sequence)
            {
                return null;
            }

            var row = await _cases.GetEntityIfExistsAsync<TableEntity>(partition, CaseRows.EventKey(sequence), cancellationToken: cancellationToken);
            return row.HasValue ? CaseRows.ReadEvent(row.Value!) : null;
        });

    /// <summary>The complete audit trail, oldest first.</summary>
    public Task<IReadOnlyList<CaseEvent>> EventsAsync(TenantId tenant, string caseId, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CaseRows.PartitionKey(tenant, caseId)} and RowKey ge {"event|"} and RowKey lt {"event}"}");
            var events = new List<CaseEvent>();
            await foreach (var row in _cases.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            {
                events.Add(CaseRows.ReadEvent(row));
            }

            return (IReadOnlyList<CaseEvent>)events;
        });

    /// <summary>Lists the case for these people and chats. Written before the case itself: an index row never points nowhere for long.</summary>
    public Task AddToIndexAsync(TenantId tenant, CaseState state, IEnumerable<string> partitionKeys, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            await _index.AddAsync(state, partitionKeys, cancellationToken);
            return true;
        });

    /// <summary>Marks a finished or cancelled case closed in its index rows; a crash before this only leaves rows the list skips and repairs.</summary>
    public Task CloseInIndexAsync(TenantId tenant, CaseState state, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            await _index.CloseAsync(tenant, state, cancellationToken);
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
            List<string> keys = conversationId is null
                ? [CaseIndex.UserKey(tenant, userId)]
                : [CaseIndex.UserKey(tenant, userId), CaseIndex.ConversationKey(tenant, conversationId)];
            return await _index.ListOpenAsync(tenant, keys, MaxListed, now, cancellationToken);
        });
}

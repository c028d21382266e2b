using System.Globalization;
using Azure;
using Azure.Data.Tables;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Runs;

/// <summary>
/// Table <c>duesteps</c>: the open steps by the time something is due about them, so the reminder scheduler finds
/// what is due with one range query per slice and tick instead of reading every case. Partition
/// <c>{tenant}|due|{slice}</c> (a case's slice is fixed by its id), RowKey <c>{UTC ticks, 19 digits}|{caseId}|{kind}|{stepId}|{visit}</c>.
/// Rows are written before the case transaction that makes them true and checked against the case when due, so a
/// failed transaction or a step completed meanwhile only leaves a row that is dropped then (as <c>caseindex</c> does).
/// </summary>
public sealed class DueSteps(TableServiceClient service) : ICaseDataStore
{
    public const string TableName = "duesteps";

    /// <summary>Slices of the schedule; each is worked by one host instance at a time (a lease per slice).</summary>
    public const int Slices = 8;

    private readonly TableClient _table = service.GetTableClient(TableName);
    private readonly TableAccess _access = new(service, TableName);

    public static int SliceOf(string caseId) => (int)(uint.Parse(TableAccess.KeyHash(caseId)[..8], NumberStyles.HexNumber, CultureInfo.InvariantCulture) % Slices);

    /// <summary>What the change from <paramref name="before"/> (null: the start) to <paramref name="after"/> makes due: the new current step's due date, an assignment to tell, a finish to tell.</summary>
    public static IEnumerable<(DueKind Kind, string StepId, int Visit, DateTimeOffset At)> Rows(CaseState? before, CaseState after, CaseEvent change)
    {
        if (after.IsOpen && after.Current is { DueAt: { } due } current
            && (before is null || before.CurrentStepId != after.CurrentStepId || before.Current?.Visits != current.Visits))
        {
            yield return (DueKind.Due, after.CurrentStepId!, current.Visits, due);
        }

        if (change.Kind == CaseEventKind.Assigned && change.Assignee is not null && after.Current is { } assigned)
        {
            yield return (DueKind.Assigned, after.CurrentStepId!, assigned.Visits, change.At);
        }

        // A shared case finishes in its chat, and the starter of a personal one sees it finish: tell only a chat that did not see it.
        if (before?.IsOpen == true && after.Status == CaseStatus.Finished && !after.Shared && !change.Actor.Is(after.StartedBy))
        {
            yield return (DueKind.Finished, "-", 0, change.At);
        }
    }

    public Task ScheduleAsync(TenantId tenant, CaseState? before, CaseState after, CaseEvent change, CancellationToken cancellationToken = default)
    {
        var rows = Rows(before, after, change).ToList();
        return rows.Count == 0
            ? Task.CompletedTask
            : _access.GuardAsync(async () =>
            {
                await _access.EnsureTablesAsync(cancellationToken);
                var partition = Partition(tenant, SliceOf(after.Id));
                await _table.SubmitTransactionAsync(
                    rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, RowKey(r.At, after.Id, r.Kind, r.StepId, r.Visit)))),
                    cancellationToken);
                return true;
            });
    }

    /// <summary>Everything due at <paramref name="now"/> in one slice, oldest first, at most <paramref name="max"/>: one query.</summary>
    public Task<IReadOnlyList<DueEntry>> DueAsync(TenantId tenant, int slice, DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var until = (now.UtcTicks + 1).ToString("D19", CultureInfo.InvariantCulture);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(tenant, slice)} and RowKey lt {until}");
            var entries = new List<DueEntry>();
            await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey"], cancellationToken: cancellationToken))
            {
                if (Read(Partition(tenant, slice), row.RowKey) is { } entry)
                {
                    entries.Add(entry);
                }

                if (entries.Count >= max)
                {
                    break;
                }
            }

            return (IReadOnlyList<DueEntry>)entries;
        });

    /// <summary>Moves the row to <paramref name="next"/> in one transaction (delete + add in its partition): the next reminder.</summary>
    public Task MoveAsync(DueEntry entry, DateTimeOffset next, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            List<TableTransactionAction> actions =
            [
                new(TableTransactionActionType.Delete, new TableEntity(entry.PartitionKey, entry.RowKey), ETag.All),
                new(TableTransactionActionType.UpsertReplace, new TableEntity(entry.PartitionKey, RowKey(next, entry.CaseId, entry.Kind, entry.StepId, entry.Visit))),
            ];
            try
            {
                await _table.SubmitTransactionAsync(actions, cancellationToken);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404)
            {
                // Moved or removed by another instance meanwhile.
            }

            return true;
        });

    public Task RemoveAsync(DueEntry entry, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _table.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, ETag.All, cancellationToken);
            return true;
        });

    public string Name => "due steps";

    /// <summary>The case's rows of its slice: one scan of that partition's row keys (retention deletes ended cases, which rarely have any left).</summary>
    public Task<int> DeleteCaseAsync(TenantId tenant, string caseId, string? templateId, CancellationToken cancellationToken) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var marker = "|" + caseId + "|";
            return await TableDeletion.DeleteWhereAsync(_table, Partition(tenant, SliceOf(caseId)), key => key.Contains(marker, StringComparison.Ordinal), cancellationToken);
        });

    public static string Partition(TenantId tenant, int slice) => string.Create(CultureInfo.InvariantCulture, $"{tenant.Value}|due|{slice}");

    private static string RowKey(DateTimeOffset at, string caseId, DueKind kind, string stepId, int visit) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.UtcTicks:D19}|{caseId}|{kind}|{stepId}|{visit}");

    private static DueEntry? Read(string partition, string rowKey)
    {
        var parts = rowKey.Split('|');
        return parts.Length == 5
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && Enum.TryParse<DueKind>(parts[2], out var kind)
            && int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var visit)
                ? new DueEntry(partition, rowKey, parts[1], kind, parts[3], visit, new DateTimeOffset(ticks, TimeSpan.Zero))
                : null;
    }
}

using Azure;
using Azure.Data.Tables;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Reminders;

/// <summary>
/// Table <c>reminders</c>: one row per message the bot sends on its own — per case, step, visit and day for overdue
/// reminders, per step and assignee for assignments, per user and day for digests — written BEFORE it is sent. Adding
/// the row is what makes a message exactly-once across instances (a second add fails with 409). A row still
/// <c>pending</c> after a lease's time (the sender crashed between record and send) or <c>failed</c> is taken over with
/// its ETag and sent again, at most <see cref="ReminderSettings.MaxAttempts"/> times.
/// </summary>
public sealed class ReminderLog(TableServiceClient service, TimeProvider time) : ICaseDataStore
{
    public const string TableName = "reminders";

    private static readonly HashSet<string> Final = ["sent", "unreachable", "noroute", "off", "gaveup", "empty"];

    private readonly TableClient _table = service.GetTableClient(TableName);
    private readonly TableAccess _access = new(service, TableName);

    /// <summary>The partition of a case's reminders and notices (per step, visit and day).</summary>
    public static string CasePartition(TenantId tenant, string caseId) => $"{tenant.Value}|{caseId}";

    public string Name => "reminders";

    public Task<int> DeleteCaseAsync(TenantId tenant, string caseId, string? templateId, CancellationToken cancellationToken) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            return await TableDeletion.DeleteWhereAsync(_table, CasePartition(tenant, caseId), null, cancellationToken);
        });

    public Task<RecordResult> TryRecordAsync(string partitionKey, string rowKey, string holder, TimeSpan lease, int maxAttempts, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var now = time.GetUtcNow();
            try
            {
                await _table.AddEntityAsync(Row(partitionKey, rowKey, "pending", holder, now, 1), cancellationToken);
                return RecordResult.Send;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // recorded before: look at how it went
            }

            var existing = await _table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
            if (!existing.HasValue)
            {
                return RecordResult.Busy; // removed meanwhile: the next tick decides
            }

            var row = existing.Value!;
            var state = row.GetString("State") ?? "pending";
            if (Final.Contains(state))
            {
                return RecordResult.Done;
            }

            if (state == "pending" && row.GetDateTimeOffset("RecordedAt") is { } recorded && now - recorded < lease)
            {
                return RecordResult.Busy;
            }

            var attempts = (row.GetInt32("Attempts") ?? 1) + 1;
            try
            {
                var next = attempts > maxAttempts ? Row(partitionKey, rowKey, "gaveup", holder, now, attempts - 1) : Row(partitionKey, rowKey, "pending", holder, now, attempts);
                await _table.UpdateEntityAsync(next, row.ETag, TableUpdateMode.Replace, cancellationToken);
                return attempts > maxAttempts ? RecordResult.Done : RecordResult.Send;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                return RecordResult.Busy;
            }
        });

    /// <summary>How the send went: final outcomes end the row's life, <see cref="Delivery.Failed"/> lets a later tick try again.</summary>
    public Task MarkAsync(string partitionKey, string rowKey, string state, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _table.UpsertEntityAsync(new TableEntity(partitionKey, rowKey) { ["State"] = state, ["DoneAt"] = time.GetUtcNow() }, TableUpdateMode.Merge, cancellationToken);
            return true;
        });

    /// <summary>Whether a row is final (the day's digest run, for one).</summary>
    public Task<bool> IsDoneAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, ["State"], cancellationToken);
            return row.HasValue && Final.Contains(row.Value!.GetString("State") ?? "");
        });

    public static string StateOf(Delivery delivery) => delivery switch
    {
        Delivery.Sent => "sent",
        Delivery.Unreachable => "unreachable",
        Delivery.NoRoute => "noroute",
        Delivery.Off => "off",
        _ => "failed",
    };

    private static TableEntity Row(string partitionKey, string rowKey, string state, string holder, DateTimeOffset now, int attempts) =>
        new(partitionKey, rowKey) { ["State"] = state, ["Holder"] = holder, ["RecordedAt"] = now, ["Attempts"] = attempts };
}

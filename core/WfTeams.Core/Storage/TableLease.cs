using Azure;
using Azure.Data.Tables;

namespace WfTeams.Core.Storage;

/// <summary>
/// Lets exactly one host instance work a named slice of background work (reminders, retention) at a
/// time: a row in the table <c>leases</c> names its holder and when the lease runs out, and every
/// take-over is a write guarded by the row's ETag, so two instances racing for it cannot both win.
/// A holder that crashed loses the lease when it runs out; a holder renews by taking it again.
/// </summary>
public sealed class TableLease(TableServiceClient service, TimeProvider time)
{
    public const string TableName = "leases";

    private readonly TableClient _table = service.GetTableClient(TableName);
    private readonly TableAccess _access = new(service, TableName);

    /// <summary>
    /// True when <paramref name="holder"/> holds the lease <paramref name="name"/> for
    /// <paramref name="duration"/> from now: it was free, had run out, or was already this holder's.
    /// </summary>
    public Task<bool> TryTakeAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
            await _access.EnsureTablesAsync(cancellationToken);
            var key = RowKey(name);
            var now = time.GetUtcNow();
            var row = new TableEntity(PartitionKey, key) { ["Holder"] = holder, ["Until"] = now + duration };
            var current = await _table.GetEntityIfExistsAsync<TableEntity>(PartitionKey, key, cancellationToken: cancellationToken);
            try
            {
                if (!current.HasValue)
                {
                    await _table.AddEntityAsync(row, cancellationToken);
                    return true;
                }

                var held = current.Value!;
                if (held.GetString("Holder") != holder && held.GetDateTimeOffset("Until") > now)
                {
                    return false;
                }

                await _table.UpdateEntityAsync(row, held.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                return false; // another instance took it between our read and our write
            }
        });

    /// <summary>Gives the lease up early (on shutdown), if this holder still has it.</summary>
    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var current = await _table.GetEntityIfExistsAsync<TableEntity>(PartitionKey, RowKey(name), cancellationToken: cancellationToken);
            if (current.HasValue && current.Value!.GetString("Holder") == holder)
            {
                try
                {
                    await _table.DeleteEntityAsync(current.Value, current.Value.ETag, cancellationToken);
                }
                catch (RequestFailedException ex) when (ex.Status is 404 or 412)
                {
                    // taken over or gone meanwhile: nothing of ours to release
                }
            }

            return true;
        });

    private const string PartitionKey = "lease";

    private static string RowKey(string name) => TableAccess.KeyHash(name);
}

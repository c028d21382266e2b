using Azure;
using Azure.Data.Tables;

namespace WfTeams.Core.Storage;

/// <summary>
/// Which activities have been handled, in the table <c>activities</c>: Teams resends an activity it got
/// no answer to, and several host instances may receive the copies, so the record is in Table storage.
/// Partition = tenant + conversation, row = activity id (both hashed: ids may hold characters keys may not).
/// </summary>
public sealed class ActivityLedger(TableServiceClient service)
{
    public const string TableName = "activities";

    private readonly TableClient _table = service.GetTableClient(TableName);
    private readonly TableAccess _access = new(service, TableName);

    /// <summary>True the first time an activity is recorded; false for every copy of it.</summary>
    public Task<bool> TryRecordAsync(TenantId tenant, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            try
            {
                await _table.AddEntityAsync(new TableEntity(PartitionKey(tenant, conversationId), Hash(activityId)), cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                return false;
            }
        });

    public static string PartitionKey(TenantId tenant, string conversationId) => $"{tenant.Value}|{Hash(conversationId)}";

    private static string Hash(string value) => TableAccess.KeyHash(value);
}

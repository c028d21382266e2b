using System.Security.Cryptography;
using System.Text;
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
    private Task? _created;

    /// <summary>True the first time an activity is recorded; false for every copy of it.</summary>
    public async Task<bool> TryRecordAsync(TenantId tenant, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken);
        var row = new TableEntity(PartitionKey(tenant, conversationId), Hash(activityId));
        try
        {
            await _table.AddEntityAsync(row, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
        catch (RequestFailedException ex) when (ex.Status is 0 or 401 or 403 or >= 500)
        {
            throw new StorageUnavailableException(service.Uri, $"HTTP {ex.Status} {ex.ErrorCode}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new StorageUnavailableException(service.Uri, ex.Message, ex);
        }
    }

    public static string PartitionKey(TenantId tenant, string conversationId) => $"{tenant.Value}|{Hash(conversationId)}";

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 16));

    private Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        var created = _created;
        if (created is null || created.IsFaulted || created.IsCanceled)
        {
            _created = created = _table.CreateIfNotExistsAsync(cancellationToken);
        }

        return created;
    }
}

using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace WfTeams.Core.Storage;

/// <summary>
/// What every store on Table storage needs: its tables created on first use (tried again after a
/// failure), and "cannot reach or use the service" turned into one <see cref="StorageUnavailableException"/>
/// naming the endpoint, never a stack trace.
/// </summary>
public sealed class TableAccess(TableServiceClient service, params string[] tableNames)
{
    private Task? _created;

    public Uri Endpoint => service.Uri;

    public Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        var created = _created;
        if (created is null || created.IsFaulted || created.IsCanceled)
        {
            _created = created = Task.WhenAll(tableNames.Select(name => service.GetTableClient(name).CreateIfNotExistsAsync(cancellationToken)));
        }

        return created;
    }

    public async Task<T> GuardAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (RequestFailedException ex) when (ex.Status is 0 or 401 or 403 or >= 500)
        {
            throw new StorageUnavailableException(Endpoint, ex.Status == 0 ? Reason(ex) : $"HTTP {ex.Status} {ex.ErrorCode}", ex);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is RequestFailedException or HttpRequestException or TimeoutException or TaskCanceledException))
        {
            throw new StorageUnavailableException(Endpoint, Reason(ex.InnerExceptions[^1]), ex);
        }
        catch (HttpRequestException ex)
        {
            throw new StorageUnavailableException(Endpoint, ex.Message, ex);
        }
    }

    /// <summary>A key part from a value that may hold characters keys may not (/, \, #, ?, control characters): 128 bits of SHA-256, hex.</summary>
    public static string KeyHash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 16));

    private static string Reason(Exception ex) => (ex.InnerException ?? ex).Message.Split('\n')[0].Trim();
}

using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Capture;

/// <summary>
/// Drafts in the table <c>drafts</c>, one partition per tenant, one row per draft <c>draft:{id}</c>: the body
/// Brotli-compressed in chunks (as template versions), owner, status and name beside it for listing. Every
/// write is guarded by the ETag read before (one write per answer): of two devices answering at once, one wins
/// and the other gets <see cref="DraftConflictException"/>, its answer not stored.
/// </summary>
public sealed class DraftStore(TableServiceClient service)
{
    public const string TableName = "drafts";
    private const string Prefix = "draft:";

    private readonly TableClient _table = service.GetTableClient(TableName);
    private readonly TableAccess _access = new(service, TableName);

    public Task<Draft?> GetAsync(TenantId tenant, string draftId, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            if (!TableLimits.IsValidKey(draftId) || draftId.Length > 100)
            {
                return null;
            }

            await _access.EnsureTablesAsync(cancellationToken);
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(tenant.Value, Prefix + draftId, cancellationToken: cancellationToken);
            return row.HasValue ? Read(row.Value!) : null;
        });

    /// <summary>The drafts of one owner (or, without an owner, those in <paramref name="status"/>), newest first.</summary>
    public Task<IReadOnlyList<Draft>> ListAsync(TenantId tenant, string? ownerId, DraftStatus? status = null, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {tenant.Value}");
            if (ownerId is not null)
            {
                filter += " and " + TableClient.CreateQueryFilter($"OwnerId eq {ownerId}");
            }

            if (status is { } wanted)
            {
                filter += " and " + TableClient.CreateQueryFilter($"Status eq {StatusName(wanted)}");
            }

            var drafts = new List<Draft>();
            await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            {
                drafts.Add(Read(row));
            }

            return (IReadOnlyList<Draft>)[.. drafts.OrderByDescending(d => d.UpdatedAt)];
        });

    /// <summary>
    /// Stores <paramref name="draft"/> as the next revision: added when it has no ETag yet, else replaced only if the
    /// row still has that ETag. Returns the stored draft with its new ETag.
    /// </summary>
    /// <exception cref="DraftConflictException">Someone else wrote first.</exception>
    /// <exception cref="TableLimitException">The body does not fit in a row.</exception>
    public Task<Draft> SaveAsync(TenantId tenant, Draft draft, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            var stored = draft with { Revision = draft.Revision + 1 };
            var row = Write(tenant, stored);
            await _access.EnsureTablesAsync(cancellationToken);
            try
            {
                var response = draft.ETag is null
                    ? await _table.AddEntityAsync(row, cancellationToken)
                    : await _table.UpdateEntityAsync(row, new ETag(draft.ETag), TableUpdateMode.Replace, cancellationToken);
                return stored with { ETag = response.Headers.ETag?.ToString() };
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                throw new DraftConflictException(draft.Id);
            }
        });

    private static TableEntity Write(TenantId tenant, Draft draft)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(draft, TemplateJson.Options);
        var row = new TableEntity(tenant.Value, Prefix + draft.Id)
        {
            ["OwnerId"] = draft.OwnerId,
            ["Status"] = StatusName(draft.Status),
            ["Name"] = draft.Template.Name,
            ["UpdatedAt"] = draft.UpdatedAt,
        };
        ChunkedBody.Write(row, "Body", ChunkedBody.Compress(json), json.Length);
        return row;
    }

    private static Draft Read(TableEntity row) =>
        (JsonSerializer.Deserialize<Draft>(ChunkedBody.Read(row, "Body"), TemplateJson.Options) ?? throw new InvalidDataException($"Draft row {row.RowKey} is empty."))
            with { ETag = row.ETag.ToString() };

    private static string StatusName(DraftStatus status) => TemplateJson.JsonName(status);
}

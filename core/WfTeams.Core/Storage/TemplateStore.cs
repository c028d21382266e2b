using System.Globalization;
using Azure;
using Azure.Data.Tables;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Storage;

/// <summary>
/// Process templates in the table <c>templates</c>, one partition per tenant:
/// a head row <c>head:{id}</c> (name, latest and released version) and one immutable row per
/// version <c>version:{id}:{0000000001}</c> holding the compressed body. Releasing and adding a
/// version are single entity-group transactions guarded by the head's ETag.
/// </summary>
public sealed class TemplateStore(TableServiceClient service)
{
    public const string TableName = "templates";

    private static long s_changes;

    private readonly TableClient _table = service.GetTableClient(TableName);
    private readonly TableAccess _access = new(service, TableName);

    /// <summary>Counts the template changes submitted in this process, by any store (<see cref="TemplateHeadCache"/>).</summary>
    public static long Changes => Interlocked.Read(ref s_changes);

    public Uri Endpoint => _access.Endpoint;

    public Task<IReadOnlyList<TemplateHead>> ListAsync(TenantId tenant, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {tenant.Value} and RowKey ge {HeadPrefix} and RowKey lt {HeadEnd}");
            var heads = new List<TemplateHead>();
            await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            {
                heads.Add(TemplateHead.FromRow(row));
            }

            return (IReadOnlyList<TemplateHead>)heads;
        });

    public Task<TemplateHead?> GetHeadAsync(TenantId tenant, string templateId, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            // An id no row can have (a key Table storage refuses) is simply absent.
            var row = IsKeySafe(templateId) ? await FindAsync(tenant, HeadKey(templateId), null, cancellationToken) : null;
            return row is null ? null : TemplateHead.FromRow(row);
        });

    /// <summary>A version, or without one the released version (else the latest); null when absent.</summary>
    public Task<ProcessTemplate?> GetAsync(TenantId tenant, string templateId, int? version = null, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            if (!IsKeySafe(templateId))
            {
                return null;
            }

            if (version is null)
            {
                var head = await FindAsync(tenant, HeadKey(templateId), null, cancellationToken);
                if (head is null)
                {
                    return null;
                }

                version = TemplateHead.FromRow(head).CurrentVersion;
            }

            var row = await FindAsync(tenant, VersionKey(templateId, version.Value), null, cancellationToken);
            return row is null ? null : TemplateBody.Read(row) with { Status = ParseStatus(row.GetString("Status")) };
        });

    /// <summary>
    /// Stores a template version whole or not at all. Importing the same content again changes nothing,
    /// except that a released status releases it. Different content under an existing version is a conflict.
    /// </summary>
    /// <exception cref="InvalidTemplateException">The template breaks a rule or does not fit in Table storage.</exception>
    /// <exception cref="TemplateConflictException">The version exists with other content, or a concurrent change won.</exception>
    public Task<ImportOutcome> ImportAsync(TenantId tenant, ProcessTemplate template, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            var body = Prepare(template);
            var head = await GetHeadAsync(tenant, template.Id, cancellationToken);
            var existing = await FindAsync(tenant, VersionKey(template.Id, template.Version), ["BodySha256", "Status"], cancellationToken);
            if (existing is null)
            {
                await AddVersionAsync(tenant, template, body, head, cancellationToken);
                return template.Status == TemplateStatus.Released ? ImportOutcome.Released : ImportOutcome.Created;
            }

            if (existing.GetString("BodySha256") != body.Sha256)
            {
                throw new TemplateConflictException(template.Id, "VersionExists", template.Id, template.Version);
            }

            if (template.Status == TemplateStatus.Released && ParseStatus(existing.GetString("Status")) != TemplateStatus.Released)
            {
                await ReleaseAsync(tenant, head!, template.Version, cancellationToken);
                return ImportOutcome.Released;
            }

            return ImportOutcome.Unchanged;
        });

    /// <summary>Adds a new version if the head is still as <paramref name="expectedHead"/> (null: no template yet).</summary>
    public Task AddVersionAsync(TenantId tenant, ProcessTemplate template, TemplateHead? expectedHead, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await AddVersionAsync(tenant, template, Prepare(template), expectedHead, cancellationToken);
            return true;
        });

    /// <summary>Releases a version atomically: it becomes Freigegeben, the previously released one Archiviert.</summary>
    public Task ReleaseAsync(TenantId tenant, TemplateHead expectedHead, int version, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            var key = VersionKey(expectedHead.Id, version);
            if (await FindAsync(tenant, key, ["Status"], cancellationToken) is null)
            {
                throw new KeyNotFoundException(Resources.Messages.Format("TemplateVersionNotFound", CultureInfo.InvariantCulture, expectedHead.Id, version));
            }

            var actions = new List<TableTransactionAction>();
            var newHead = expectedHead.ToRow(tenant);
            Release(tenant, expectedHead, version, newHead, actions);
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, newHead, expectedHead.ETag));
            await SubmitAsync(expectedHead.Id, actions, cancellationToken);
            return true;
        });

    private async Task AddVersionAsync(TenantId tenant, ProcessTemplate template, TemplateBody.Encoded body, TemplateHead? head, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var row = new TableEntity(tenant.Value, VersionKey(template.Id, template.Version))
        {
            ["TemplateId"] = template.Id,
            ["Version"] = template.Version,
            ["Name"] = template.Name,
            ["Status"] = StatusName(template.Status == TemplateStatus.Released ? TemplateStatus.Draft : template.Status),
            ["ImportedAt"] = now,
        };
        TemplateBody.Write(body, row);

        var newHead = head?.ToRow(tenant) ?? new TableEntity(tenant.Value, HeadKey(template.Id))
        {
            ["ReleasedVersion"] = 0,
            ["LatestVersion"] = 0,
        };
        if (template.Version >= (newHead.GetInt32("LatestVersion") ?? 0))
        {
            newHead["LatestVersion"] = template.Version;
            newHead["Name"] = template.Name;
            newHead["Owner"] = template.Owner;
            newHead["Category"] = template.Category is { } category ? TemplateJson.JsonName(category) : "";
            newHead["LatestStatus"] = row["Status"];
        }

        newHead["UpdatedAt"] = now;
        var actions = new List<TableTransactionAction>();
        if (template.Status == TemplateStatus.Released)
        {
            Release(tenant, head, template.Version, newHead, actions, newRow: row);
        }

        actions.Add(new TableTransactionAction(TableTransactionActionType.Add, row));
        actions.Add(head is null
            ? new TableTransactionAction(TableTransactionActionType.Add, newHead)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, newHead, head.ETag));
        await SubmitAsync(template.Id, actions, cancellationToken);
    }

    /// <summary>Adds to <paramref name="actions"/> the status changes of releasing <paramref name="version"/>.</summary>
    private static void Release(TenantId tenant, TemplateHead? head, int version, TableEntity newHead, List<TableTransactionAction> actions, TableEntity? newRow = null)
    {
        var id = newHead.RowKey["head:".Length..];
        var latest = newHead.GetInt32("LatestVersion");
        if (head?.ReleasedVersion is { } previous && previous != version)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                new TableEntity(tenant.Value, VersionKey(id, previous)) { ["Status"] = StatusName(TemplateStatus.Archived) }, ETag.All));
            if (previous == latest)
            {
                newHead["LatestStatus"] = StatusName(TemplateStatus.Archived);
            }
        }

        var released = StatusName(TemplateStatus.Released);
        if (newRow is not null)
        {
            newRow["Status"] = released;
        }
        else
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                new TableEntity(tenant.Value, VersionKey(id, version)) { ["Status"] = released }, ETag.All));
        }

        newHead["ReleasedVersion"] = version;
        if (version == latest)
        {
            newHead["LatestStatus"] = released;
        }
    }

    private async Task SubmitAsync(string templateId, List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        TableLimits.CheckBatch(actions);
        await _access.EnsureTablesAsync(cancellationToken);
        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new TemplateConflictException(templateId, "ConcurrentChange", templateId);
        }
        finally
        {
            // Also when it failed: a timeout may still have committed.
            Interlocked.Increment(ref s_changes);
        }
    }

    private static TemplateBody.Encoded Prepare(ProcessTemplate template)
    {
        var errors = TemplateValidator.Validate(template).ToList();
        var body = TemplateBody.Encode(template);
        if (TemplateBody.CheckFits(body) is { } tooLarge)
        {
            errors.Add(tooLarge);
        }

        return errors.Count == 0 ? body : throw new InvalidTemplateException(template.Id, errors);
    }

    private async Task<TableEntity?> FindAsync(TenantId tenant, string rowKey, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
        await _access.EnsureTablesAsync(cancellationToken);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(tenant.Value, rowKey, select, cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    internal const string HeadPrefix = "head:";
    private const string HeadEnd = "head;";

    internal static string HeadKey(string templateId) => HeadPrefix + templateId;

    internal static string VersionKey(string templateId, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"version:{templateId}:{version:D10}");

    private static bool IsKeySafe(string templateId) => TableLimits.IsValidKey(templateId) && templateId.Length <= TemplateLimits.IdLength;

    internal static string StatusName(TemplateStatus status) => TemplateJson.JsonName(status);

    internal static TemplateStatus ParseStatus(string? name) =>
        (TemplateStatus)Math.Max(0, TemplateJson.EnumNames(typeof(TemplateStatus)).ToList().IndexOf(name ?? ""));
}

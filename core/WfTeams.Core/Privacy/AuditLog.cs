using Azure.Data.Tables;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Privacy;

/// <summary>
/// What was deleted, exported or forgotten, and when, in the table <c>audit</c> (partition <c>{tenant}|audit</c>,
/// newest first). Never the personal data itself: a case id, a hashed object id, a count, where it came from.
/// </summary>
public sealed class AuditLog(TableServiceClient service, TimeProvider time)
{
    public const string TableName = "audit";

    private readonly TableClient _table = service.GetTableClient(TableName);
    private readonly TableAccess _access = new(service, TableName);

    public sealed record Entry(string Action, string Target, int Count, string Origin, DateTimeOffset At);

    /// <summary>Records one operation. <paramref name="target"/> is a case id, a date or <see cref="PersonKey"/>, never a name.</summary>
    public Task RecordAsync(TenantId tenant, string action, string target, int count, string origin, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var at = time.GetUtcNow();
            // Inverted ticks: the newest entry sorts first.
            var rowKey = $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}|{Guid.NewGuid():N}";
            await _table.AddEntityAsync(
                new TableEntity(PartitionKey(tenant), rowKey) { ["Action"] = action, ["Target"] = target, ["Count"] = count, ["Origin"] = origin, ["At"] = at },
                cancellationToken);
            return true;
        });

    /// <summary>The tenant's entries, newest first, at most <paramref name="max"/>.</summary>
    public Task<IReadOnlyList<Entry>> ListAsync(TenantId tenant, int max = 100, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var entries = new List<Entry>();
            await foreach (var row in _table.QueryAsync<TableEntity>(r => r.PartitionKey == PartitionKey(tenant), maxPerPage: max, cancellationToken: cancellationToken))
            {
                entries.Add(new Entry(row.GetString("Action") ?? "", row.GetString("Target") ?? "", row.GetInt32("Count") ?? 0, row.GetString("Origin") ?? "", row.GetDateTimeOffset("At") ?? default));
                if (entries.Count == max)
                {
                    break;
                }
            }

            return (IReadOnlyList<Entry>)entries;
        });

    /// <summary>How many cases of the tenant were ever deleted (<c>purge</c> counts cases, <c>delete</c> is one): one query over the audit partition.</summary>
    public Task<int> DeletedCasesAsync(TenantId tenant, CancellationToken cancellationToken = default) =>
        _access.GuardAsync(async () =>
        {
            await _access.EnsureTablesAsync(cancellationToken);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(tenant)} and (Action eq {"purge"} or Action eq {"delete"})");
            var cases = 0;
            await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["Action", "Count"], cancellationToken: cancellationToken))
            {
                cases += row.GetString("Action") == "purge" ? row.GetInt32("Count") ?? 0 : 1;
            }

            return cases;
        });

    /// <summary>How a person appears in the audit trail: their object id hashed, so the entry proves the erasure without naming anyone.</summary>
    public static string PersonKey(string objectId) => "person:" + TableAccess.KeyHash(objectId);

    private static string PartitionKey(TenantId tenant) => tenant.Value + "|audit";
}

using Azure.Data.Tables;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Core.Privacy;

/// <summary>
/// Deletes the tenant's ended cases (finished or cancelled) whose last change — the end — lies before a
/// moment, each whole through <see cref="CaseDeletion"/>; open cases are never touched, however old.
/// Idempotent: a second run, or one after a crash, deletes what is left.
/// </summary>
public sealed class CaseRetention(TableServiceClient service, CaseDeletion deletion, AuditLog audit)
{
    private readonly CaseTables _tables = new(service);

    /// <summary>The moment before which ended cases are deleted, <paramref name="days"/> before <paramref name="now"/>.</summary>
    public static DateTimeOffset Cutoff(DateTimeOffset now, int days) => now - TimeSpan.FromDays(days);

    /// <summary>Deletes the expired ended cases; answers how many cases. Audited as <c>purge</c> with the cutoff and the count.</summary>
    public Task<int> PurgeAsync(TenantId tenant, DateTimeOffset before, string origin, CancellationToken cancellationToken = default) =>
        _tables.Access.GuardAsync(async () =>
        {
            await _tables.Access.EnsureTablesAsync(cancellationToken);
            var condition = TableClient.CreateQueryFilter(
                $"(Status eq {nameof(CaseStatus.Finished)} or Status eq {nameof(CaseStatus.Cancelled)}) and UpdatedAt lt {before.ToUniversalTime()}");
            var expired = new List<string>();
            await foreach (var row in _tables.StatesAsync(tenant, condition, ["PartitionKey", "RowKey", "Status", "UpdatedAt"], cancellationToken))
            {
                expired.Add(CaseTables.CaseIdOf(row));
            }

            var deleted = 0;
            foreach (var caseId in expired)
            {
                if (await deletion.DeleteAsync(tenant, caseId, cancellationToken) > 0)
                {
                    deleted++;
                }
            }

            await audit.RecordAsync(tenant, "purge", before.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture), deleted, origin, cancellationToken);
            return deleted;
        });
}

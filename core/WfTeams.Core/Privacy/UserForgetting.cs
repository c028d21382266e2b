using WfTeams.Core.Storage;

namespace WfTeams.Core.Privacy;

/// <summary>
/// <c>users forget OBJECTID</c>: asks every store that keeps personal data (<see cref="IPersonalDataStore"/>,
/// the cases and whatever the host registers besides) to forget the person, then records it in the audit
/// trail under the hashed object id.
/// </summary>
public sealed class UserForgetting(IEnumerable<IPersonalDataStore> stores, AuditLog audit)
{
    public sealed record Forgotten(string Store, int Rows);

    public async Task<IReadOnlyList<Forgotten>> ForgetAsync(TenantId tenant, string objectId, string origin, CancellationToken cancellationToken = default)
    {
        var results = new List<Forgotten>();
        foreach (var store in stores)
        {
            results.Add(new Forgotten(store.Name, await store.ForgetUserAsync(tenant, objectId, cancellationToken)));
        }

        await audit.RecordAsync(tenant, "forget", AuditLog.PersonKey(objectId), results.Sum(r => r.Rows), origin, cancellationToken);
        return results;
    }
}

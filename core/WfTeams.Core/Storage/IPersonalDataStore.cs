using System.Text.Json.Nodes;

namespace WfTeams.Core.Storage;

/// <summary>
/// A store that keeps personal data of staff, keyed by their Microsoft Entra object id: cases (names beside
/// ids in states and events), and later conversation references and whatever else joins. <c>users forget</c>
/// asks every registered store, so a new store only implements this and is registered once in the host.
/// </summary>
public interface IPersonalDataStore
{
    /// <summary>What the store holds, for reports and the audit trail ("cases", "conversation references").</summary>
    string Name { get; }

    /// <summary>Removes the person's name (and anything that identifies them beyond the id) from the tenant's rows. Idempotent: a second call changes nothing. Answers how many rows changed.</summary>
    Task<int> ForgetUserAsync(TenantId tenant, string objectId, CancellationToken cancellationToken);

    /// <summary>What the store holds about the person (DSGVO Art. 15), as JSON; null when nothing.</summary>
    Task<JsonNode?> ExportUserAsync(TenantId tenant, string objectId, CancellationToken cancellationToken);
}

using System.Collections.Concurrent;

namespace WfTeams.Core.Storage;

/// <summary>
/// Template head rows kept for a moment (<c>Profile:HeadCacheSeconds</c>), for the profile route, which reads
/// the head row on every request only for its ETag. Any template change made in this process drops every kept
/// row at once (<see cref="TemplateStore.Changes"/>), so this process never serves a head older than its own
/// writes. Another instance's release is seen here only when the kept row expires: for at most the lifetime,
/// this instance may still answer with the document (and ETag) of the version before.
/// </summary>
public sealed class TemplateHeadCache(TemplateStore store, TimeProvider time, TimeSpan lifetime)
{
    /// <summary>More template ids than any agency has: past this, start over rather than grow.</summary>
    public const int MaxKept = 10_000;

    private readonly ConcurrentDictionary<(string Tenant, string Id), Kept> _kept = new();

    public TimeSpan Lifetime => lifetime;

    /// <summary>The head row, from memory while it is younger than the lifetime and no template changed here since.</summary>
    public async Task<TemplateHead?> GetAsync(TenantId tenant, string templateId, CancellationToken cancellationToken = default)
    {
        if (lifetime <= TimeSpan.Zero)
        {
            return await store.GetHeadAsync(tenant, templateId, cancellationToken);
        }

        // Taken before the read: a change that lands while it runs makes the row stale at once.
        var changes = TemplateStore.Changes;
        var now = time.GetUtcNow();
        var key = (tenant.Value, templateId);
        if (_kept.TryGetValue(key, out var kept) && kept.Changes == changes && now < kept.Until)
        {
            return kept.Head;
        }

        var head = await store.GetHeadAsync(tenant, templateId, cancellationToken);
        if (_kept.Count >= MaxKept)
        {
            _kept.Clear();
        }

        _kept[key] = new Kept(head, changes, now + lifetime);
        return head;
    }

    private sealed record Kept(TemplateHead? Head, long Changes, DateTimeOffset Until);
}

using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Documents;

/// <summary>
/// Generated documents kept in memory, bounded by <c>Profile:CacheMegabytes</c>: a stored template version
/// never changes, so neither does its profile for the same language, style file and code. Keys always start
/// with the tenant, so one tenant's document is never another's. Over the limit a new entry is not kept
/// (the cache then drops a quarter, least recently used first), so the size never exceeds the limit.
/// </summary>
public sealed class DocumentCache : IDisposable
{
    // What an entry costs besides its bytes (the entry, the record, the key), so small documents count too.
    private const int EntryOverhead = 512;

    private readonly MemoryCache? _cache;

    public DocumentCache(IOptions<CorporateDesignOptions> options)
    {
        SizeLimit = Math.Max(0, options.Value.CacheMegabytes) * 1024L * 1024L;
        _cache = SizeLimit > 0
            ? new MemoryCache(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25, TrackStatistics = true })
            : null;
    }

    /// <summary>The limit in bytes; 0: nothing is kept.</summary>
    public long SizeLimit { get; }

    /// <summary>What the kept entries count for now, in bytes (bytes + overhead each).</summary>
    public long Size => _cache?.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public bool TryGet(TenantId tenant, string key, out CachedDocument document)
    {
        if (_cache is not null && _cache.TryGetValue(Key(tenant, key), out var found) && found is CachedDocument cached)
        {
            document = cached;
            return true;
        }

        document = null!;
        return false;
    }

    public void Set(TenantId tenant, string key, CachedDocument document)
    {
        var size = document.Bytes.LongLength + EntryOverhead;
        if (_cache is null || size > SizeLimit)
        {
            return;
        }

        using var entry = _cache.CreateEntry(Key(tenant, key));
        entry.Size = size;
        entry.Value = document;
    }

    public void Dispose() => _cache?.Dispose();

    private static string Key(TenantId tenant, string key) => string.Concat(tenant.Value, "\u001f", key);
}

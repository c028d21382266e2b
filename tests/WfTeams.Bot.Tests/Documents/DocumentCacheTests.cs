using Microsoft.Extensions.Options;
using WfTeams.Bot.Documents;
using WfTeams.Core.Storage;

namespace WfTeams.Bot.Tests.Documents;

/// <summary>The bounded document cache (<c>Profile:CacheMegabytes</c>).</summary>
public sealed class DocumentCacheTests
{
    private static DocumentCache Cache(int megabytes) => new(Options.Create(new CorporateDesignOptions { CacheMegabytes = megabytes }));

    private static CachedDocument Document(int kilobytes) => new(new byte[kilobytes * 1024], "profil.docx");

    [Fact]
    public async Task Set_FarMoreThanTheLimit_SizeNeverExceedsIt()
    {
        using var cache = Cache(1);
        var tenant = new TenantId("t1");

        for (var i = 0; i < 200; i++)
        {
            cache.Set(tenant, $"doc-{i}", Document(50));
            Assert.InRange(cache.Size, 0, cache.SizeLimit);
            if (i % 20 == 0)
            {
                await Task.Delay(10); // lets the compaction the limit started run
            }
        }

        var kept = Enumerable.Range(0, 200).Count(i => cache.TryGet(tenant, $"doc-{i}", out _));
        Assert.InRange(kept, 1, 20); // 1 MiB holds at most 20 of 50 KiB (plus overhead)
    }

    [Fact]
    public void Set_DocumentLargerThanTheLimit_IsNotKept()
    {
        using var cache = Cache(1);
        var tenant = new TenantId("t1");

        cache.Set(tenant, "gross", Document(1100));

        Assert.False(cache.TryGet(tenant, "gross", out _));
        Assert.Equal(0, cache.Size);
    }

    [Fact]
    public void TryGet_SameKeyOtherTenant_Misses()
    {
        using var cache = Cache(1);
        cache.Set(new TenantId("a"), "\"etag\"", Document(1));

        Assert.True(cache.TryGet(new TenantId("a"), "\"etag\"", out var found));
        Assert.Equal("profil.docx", found.FileName);
        Assert.False(cache.TryGet(new TenantId("b"), "\"etag\"", out _));
    }

    [Fact]
    public void Set_ZeroMegabytes_KeepsNothing()
    {
        using var cache = Cache(0);

        cache.Set(new TenantId("a"), "k", Document(1));

        Assert.False(cache.TryGet(new TenantId("a"), "k", out _));
    }
}

using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using WfTeams.Core.Processes;
using WfTeams.Core.Storage;
using WfTeams.Testing;

namespace WfTeams.Core.Tests.Storage;

/// <summary>Head rows kept for a moment (issue 16): stale for at most the lifetime towards other instances, never towards this one.</summary>
[Collection("Azurite")]
public sealed class TemplateHeadCacheTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly TemplateStore _store = azurite.Store;

    [Fact]
    public async Task GetAsync_HeadChangedByAnotherInstance_KeptRowUntilTheLifetimeEnds()
    {
        var (tenant, template) = await ImportedAsync();
        var heads = new TemplateHeadCache(_store, _time, Lifetime);
        var before = await heads.GetAsync(tenant, template.Id);

        await ChangeElsewhereAsync(tenant, template.Id);
        _time.Advance(Lifetime - TimeSpan.FromMilliseconds(1));
        var kept = await heads.GetAsync(tenant, template.Id);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var after = await heads.GetAsync(tenant, template.Id);

        Assert.Equal(before!.ETag, kept!.ETag);
        Assert.NotEqual(before.ETag, after!.ETag);
        Assert.Equal((await _store.GetHeadAsync(tenant, template.Id))!.ETag, after.ETag);
    }

    [Fact]
    public async Task GetAsync_ReleasedInThisProcess_TheNewHeadAtOnce()
    {
        var (tenant, template) = await ImportedAsync();
        var heads = new TemplateHeadCache(_store, _time, Lifetime);
        var before = await heads.GetAsync(tenant, template.Id);

        await _store.ImportAsync(tenant, template with { Version = 2, Status = TemplateStatus.Released });
        var after = await heads.GetAsync(tenant, template.Id);

        Assert.Equal((1, 2), (before!.ReleasedVersion, after!.ReleasedVersion));
    }

    [Fact]
    public async Task GetAsync_LifetimeZero_ReadsTheRowEveryTime()
    {
        var (tenant, template) = await ImportedAsync();
        var heads = new TemplateHeadCache(_store, _time, TimeSpan.Zero);
        var before = await heads.GetAsync(tenant, template.Id);

        await ChangeElsewhereAsync(tenant, template.Id);

        Assert.NotEqual(before!.ETag, (await heads.GetAsync(tenant, template.Id))!.ETag);
    }

    [Fact]
    public async Task GetAsync_SameIdInAnotherTenant_ThatTenantsOwnRow()
    {
        var (tenant, template) = await ImportedAsync();
        var other = AzuriteFixture.NewTenant();
        var heads = new TemplateHeadCache(_store, _time, Lifetime);

        Assert.NotNull(await heads.GetAsync(tenant, template.Id));
        Assert.Null(await heads.GetAsync(other, template.Id));
    }

    private async Task<(TenantId Tenant, ProcessTemplate Template)> ImportedAsync()
    {
        var tenant = AzuriteFixture.NewTenant();
        var template = TemplateFactory.Minimal("kopfzeile") with { Status = TemplateStatus.Released };
        await _store.ImportAsync(tenant, template);
        return (tenant, template);
    }

    /// <summary>What another instance's write looks like from here: the head row changes without this process's store.</summary>
    private async Task ChangeElsewhereAsync(TenantId tenant, string id)
    {
        var table = azurite.Server.CreateServiceClient().GetTableClient(TemplateStore.TableName);
        var row = (await table.GetEntityAsync<TableEntity>(tenant.Value, TemplateStore.HeadKey(id))).Value;
        row["UpdatedAt"] = DateTimeOffset.UtcNow.AddMinutes(1);
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
    }
}

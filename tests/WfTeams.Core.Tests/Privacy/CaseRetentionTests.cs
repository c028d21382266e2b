using Azure;
using Azure.Data.Tables;
using WfTeams.Core.Insights;
using WfTeams.Core.Privacy;
using WfTeams.Core.Reminders;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Core.Tests.Privacy;

[Collection("Azurite")]
public sealed class CaseRetentionTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset LongAgo = PrivacyCases.Now.AddDays(-800);

    private readonly PrivacyCases _cases = new(azurite);

    private CaseRetention Retention() => new(_cases.Service, Deletion(), _cases.Audit);

    /// <summary>A deletion that also asks the stores the host lists (PrivacySetup.CaseDataStores).</summary>
    private CaseDeletion Deletion() => new(_cases.Service, [new DueSteps(_cases.Service), new ReminderLog(_cases.Service, _cases.Time), new InsightStore(_cases.Service)]);

    private static DateTimeOffset Cutoff => CaseRetention.Cutoff(PrivacyCases.Now, new RetentionOptions().RetentionDays);

    [Fact]
    public async Task Purge_ExpiredEndedCases_DeletesExactlyThoseAndNothingElse()
    {
        var tenant = await _cases.TenantAsync();
        var other = await _cases.TenantAsync();
        var finished = await _cases.FinishedAsync(tenant, LongAgo);
        var cancelled = await _cases.CancelledAsync(tenant, LongAgo);
        var oldOpen = (await _cases.StartAsync(tenant, LongAgo)).State;
        var recent = await _cases.CancelledAsync(tenant, PrivacyCases.Now.AddDays(-10));
        var justInside = await _cases.CancelledAsync(tenant, Cutoff.AddMinutes(1));
        var otherTenants = await _cases.CancelledAsync(other, LongAgo);
        var kept = new[] { (tenant, oldOpen.Id), (tenant, recent.Id), (tenant, justInside.Id), (other, otherTenants.Id) };
        var before = await Task.WhenAll(kept.Select(k => _cases.RowsAsync(k.Item1, k.Item2)));

        var deleted = await Retention().PurgeAsync(tenant, Cutoff, "test");

        Assert.Equal(2, deleted);
        foreach (var gone in new[] { finished, cancelled })
        {
            Assert.Empty(await _cases.RowsAsync(tenant, gone.Id));
            Assert.Empty(await _cases.IndexRowsAsync(gone.Id));
        }

        var after = await Task.WhenAll(kept.Select(k => _cases.RowsAsync(k.Item1, k.Item2)));
        Assert.Equal(before.Select(Keys), after.Select(Keys));
        Assert.All(before, rows => Assert.True(rows.Count >= 4));
        Assert.NotEmpty(await _cases.IndexRowsAsync(oldOpen.Id));
        var entry = (await _cases.Audit.ListAsync(tenant))[0];
        Assert.Equal(("purge", 2), (entry.Action, entry.Count));
    }

    [Fact]
    public async Task Purge_CrashedHalfway_RerunDeletesTheRest()
    {
        var tenant = await _cases.TenantAsync();
        var expired = await _cases.CancelledAsync(tenant, LongAgo);
        // What a run that died after deleting the index rows, the snapshot and the first event leaves behind.
        var table = _cases.Service.GetTableClient(CaseStore.TableName);
        foreach (var row in (await _cases.RowsAsync(tenant, expired.Id)).Where(r => r.RowKey is "snapshot" or "event|0000000001"))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All);
        }

        foreach (var row in await _cases.IndexRowsAsync(expired.Id))
        {
            await _cases.Service.GetTableClient(CaseStore.IndexTableName).DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All);
        }

        Assert.Equal(1, await Retention().PurgeAsync(tenant, Cutoff, "test"));
        Assert.Empty(await _cases.RowsAsync(tenant, expired.Id));
        Assert.Equal(0, await Retention().PurgeAsync(tenant, Cutoff, "test"));
    }

    [Fact]
    public async Task Delete_Case_LeavesNoRowAnywhere()
    {
        var tenant = await _cases.TenantAsync();
        var open = (await _cases.StartAsync(tenant, PrivacyCases.Now, shared: true)).State;
        Assert.NotEmpty(await _cases.IndexRowsAsync(open.Id));

        var deleted = await Deletion().DeleteAsync(tenant, open.Id);

        Assert.True(deleted >= 5, $"{deleted} rows");
        Assert.Empty(await _cases.RowsAsync(tenant, open.Id));
        Assert.Empty(await _cases.IndexRowsAsync(open.Id));
        Assert.Equal(0, await Deletion().DeleteAsync(tenant, open.Id));
        Assert.Null(await _cases.Cases.LoadAsync(tenant, open.Id));
    }

    [Fact]
    public async Task Delete_OpenCase_AlsoDeletesItsDueSteps_Reminders_AndFiguresCheckpoint()
    {
        var tenant = await _cases.TenantAsync();
        var insights = new InsightStore(_cases.Service);
        var reminders = new ReminderLog(_cases.Service, _cases.Time);
        var runner = new CaseRunner(azurite.Store, _cases.Cases, _cases.Time, new InsightProjector(insights));
        _cases.Time.Now = PrivacyCases.Now;
        var open = Assert.IsType<CaseApplied>(await runner.StartAsync(Start(tenant.Value, "ansiedlung", Anna, "Muster GmbH", "a:1on1-" + Anna.Id, false)));
        var kept = Assert.IsType<CaseApplied>(await runner.StartAsync(Start(tenant.Value, "ansiedlung", Anna, "Andere GmbH", "a:1on1-" + Anna.Id, false)));
        await reminders.TryRecordAsync(ReminderLog.CasePartition(tenant, open.State.Id), "due|x|1|2026-12-02", "test", TimeSpan.FromMinutes(5), 3);
        Assert.NotEmpty(await DueRowsAsync(tenant, open.State.Id));
        Assert.Equal(2, await WaitingAsync(insights, tenant));

        await Deletion().DeleteAsync(tenant, open.State.Id);

        Assert.Empty(await DueRowsAsync(tenant, open.State.Id));
        Assert.NotEmpty(await DueRowsAsync(tenant, kept.State.Id));
        Assert.False(await reminders.IsDoneAsync(ReminderLog.CasePartition(tenant, open.State.Id), "due|x|1|2026-12-02"));
        Assert.Empty(await RowsOfAsync(ReminderLog.TableName, ReminderLog.CasePartition(tenant, open.State.Id)));
        var figures = await insights.ReadAllAsync(tenant, "ansiedlung");
        Assert.DoesNotContain("case|" + open.State.Id, figures.Keys);
        Assert.Contains("case|" + kept.State.Id, figures.Keys);
        Assert.Equal(1, await WaitingAsync(insights, tenant));
        Assert.Equal(0, await Deletion().DeleteAsync(tenant, open.State.Id));
    }

    private async Task<List<string>> DueRowsAsync(TenantId tenant, string caseId)
    {
        var rows = await RowsOfAsync(DueSteps.TableName, DueSteps.Partition(tenant, DueSteps.SliceOf(caseId)));
        return [.. rows.Where(k => k.Contains("|" + caseId + "|", StringComparison.Ordinal))];
    }

    private async Task<List<string>> RowsOfAsync(string tableName, string partition)
    {
        var keys = new List<string>();
        var table = _cases.Service.GetTableClient(tableName);
        await table.CreateIfNotExistsAsync();
        await foreach (var row in table.QueryAsync<TableEntity>(r => r.PartitionKey == partition))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }

    private static async Task<long> WaitingAsync(InsightStore insights, TenantId tenant) =>
        (await insights.ReadAllAsync(tenant, "ansiedlung")).Where(r => InsightRows.IsOpenKey(r.Key))
            .Sum(r => InsightRows.ReadAggregate(r.Value).Steps.Values.Sum(s => s.Waiting));

    [Fact]
    public async Task Delete_CaseWithMoreThanOneTransactionOfRows_DeletesAllInBatches()
    {
        var tenant = await _cases.TenantAsync();
        var state = (await _cases.StartAsync(tenant, PrivacyCases.Now)).State;
        var table = _cases.Service.GetTableClient(CaseStore.TableName);
        // 150 further rows of the kind the case writes per change: more than one transaction can delete.
        foreach (var batch in Enumerable.Range(100, 150).Chunk(100))
        {
            await table.SubmitTransactionAsync(batch.Select(i => new TableTransactionAction(TableTransactionActionType.Add,
                new TableEntity($"{tenant.Value}|case|{state.Id}", $"activity|{i:D10}") { ["Sequence"] = 1 })));
        }

        await Deletion().DeleteAsync(tenant, state.Id);

        Assert.Empty(await _cases.RowsAsync(tenant, state.Id));
    }

    private static string Keys(List<TableEntity> rows) => string.Join(",", rows.Select(r => r.RowKey + "@" + r.ETag));
}

using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;
using WfTeams.Testing;
using static WfTeams.Core.Tests.Insights.InsightCaseSet;

namespace WfTeams.Core.Tests.Insights;

[Collection("Azurite")]
public sealed class InsightStoreTests(AzuriteFixture azurite)
{
    private static readonly ProcessTemplate Template = InsightFixture.Template() with { Status = TemplateStatus.Released };

    private readonly CaseStore _cases = new(azurite.Server.CreateServiceClient());
    private readonly InsightStore _insights = new(azurite.Server.CreateServiceClient());

    private async Task<TenantId> ImportAsync()
    {
        var tenant = AzuriteFixture.NewTenant();
        await azurite.Store.ImportAsync(tenant, Template);
        return tenant;
    }

    private RunnerCaseDriver Driver(ICaseFollower? follower = null) => new(azurite.Store, _cases, follower);

    [Fact]
    public async Task Projector_HandWalkedCases_FiguresAsComputedByHand()
    {
        var tenant = await ImportAsync();
        await WalkAsync(Driver(new InsightProjector(_insights)), tenant.Value);

        var figures = await _insights.FiguresAsync(tenant, Template, FigurePeriod.Parse("2026", Now)!, Now);

        Assert.Equal((6, 3, 1, 2), (figures.Started, figures.Finished, figures.Cancelled, figures.Open));
        Assert.Equal((H(82), H(132)), (figures.LeadMedian, figures.LeadP90));
        var suche = figures.Steps.Single(s => s.StepId == "suche");
        Assert.Equal((H(10), H(50), 0.5, H(25)), (suche.MedianCurrent, suche.P90Current, suche.OverdueRate, suche.MedianAfterAssignment));
        Assert.Equal((70m, KpiStatus.Red), (figures.Kpis[0].Actual, figures.Kpis[0].Status));
        Assert.Equal(3, figures.Variants.Count);
    }

    [Fact]
    public async Task Projector_StepCompletion_OneQueryAndOneTransaction()
    {
        var tenant = await ImportAsync();
        var store = new InsightStore(azurite.Server.CreateServiceClient());
        var script = await CaseScript.StartAsync(Driver(new InsightProjector(store)), tenant.Value, InsightFixture.Id, T0);
        var before = store.Operations;

        await script.CompleteAsync(H(1), null, ("arbeitsplaetze", "5"));

        Assert.Equal(2, store.Operations - before);
    }

    [Fact]
    public async Task Project_ChangesOfManyCasesTogether_OneQueryAndOneTransactionForAll()
    {
        var tenant = await ImportAsync();
        var scripts = new List<CaseScript>();
        for (var i = 0; i < 20; i++)
        {
            var script = await CaseScript.StartAsync(Driver(), tenant.Value, InsightFixture.Id, T0 + H(i));
            await script.CompleteAsync(H(i + 1));
            scripts.Add(script);
        }

        var store = new InsightStore(azurite.Server.CreateServiceClient());

        var starts = await store.ProjectAsync(tenant, [.. scripts.Select(s => new Projection(s.State.Id, Template, s.Events[0]))]);
        var afterStarts = store.Operations;
        var completions = await store.ProjectAsync(tenant, [.. scripts.Select(s => new Projection(s.State.Id, Template, s.Events[1]))]);

        Assert.Equal((20, 20), (starts, completions));
        Assert.Equal((2L, 2L), (afterStarts, store.Operations - afterStarts));
        var figures = await _insights.FiguresAsync(tenant, Template, FigurePeriod.Parse("2026", Now)!, Now);
        Assert.Equal((20, 20L, 20L), (figures.Started, figures.Steps.Single(s => s.StepId == "erfassen").Completed, figures.Steps.Single(s => s.StepId == "suche").Waiting));
        Assert.Throws<ArgumentException>(() => { store.ProjectAsync(tenant, [.. Enumerable.Repeat(new Projection(scripts[0].State.Id, Template, scripts[0].Events[0]), InsightStore.MaxBatch + 1)]).GetAwaiter().GetResult(); });
    }

    [Fact]
    public async Task Projector_SameEventTwiceFromTwoInstances_AppliedOnce()
    {
        var tenant = await ImportAsync();
        var script = await CaseScript.StartAsync(Driver(), tenant.Value, InsightFixture.Id, T0);
        await script.CompleteAsync(H(1));
        var stores = Enumerable.Range(0, 4).Select(_ => new InsightStore(azurite.Server.CreateServiceClient())).ToList();

        await stores[0].ProjectAsync(tenant, script.State.Id, Template, script.Events[0]);
        var applied = await Task.WhenAll(stores.Select(s => s.ProjectAsync(tenant, script.State.Id, Template, script.Events[1])));

        Assert.Equal(1, applied.Sum());
        var figures = await _insights.FiguresAsync(tenant, Template, FigurePeriod.Parse("2026", Now)!, Now);
        Assert.Equal((1L, 1L), (figures.Steps.Single(s => s.StepId == "erfassen").Completed, figures.Steps.Single(s => s.StepId == "suche").Waiting));
    }

    [Fact]
    public async Task Projector_MissedChanges_CaughtUpFromTheAuditTrail()
    {
        var tenant = await ImportAsync();
        var script = await CaseScript.StartAsync(Driver(), tenant.Value, InsightFixture.Id, T0);
        await script.CompleteAsync(H(2), null, ("arbeitsplaetze", "12"));
        await script.CompleteAsync(H(30), "nein");

        // Only the last change reaches the projector (as after a crash): the two before it are read from the case.
        var applied = await _insights.ProjectAsync(tenant, script.State.Id, Template, script.Events[^1]);

        Assert.Equal(3, applied);
        var figures = await _insights.FiguresAsync(tenant, Template, FigurePeriod.Parse("2026", Now)!, Now);
        Assert.Equal((1L, 1L, H(32), 12m), (figures.Started, figures.Finished, figures.LeadMedian, figures.Kpis[0].Actual));
    }

    [Fact]
    public async Task Incremental_ThousandGeneratedCases_EqualsRebuilt()
    {
        var tenant = await ImportAsync();
        var driver = Driver(new InsightProjector(_insights));
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            await CaseGenerator.WalkAsync(driver, tenant.Value, InsightFixture.Id, Template, new Random(i), T0 + TimeSpan.FromHours(i * 7)));

        var stored = await _insights.ReadAllAsync(tenant, Template.Id);
        var rebuilt = (await new InsightRebuild(azurite.Server.CreateServiceClient()).ComputeAsync(tenant))[(tenant.Value, Template.Id)];

        Assert.Equal(1000, stored.Keys.Count(k => k.StartsWith("case|", StringComparison.Ordinal)));
        Assert.Equal(rebuilt.Select(r => r.RowKey).Order(StringComparer.Ordinal), stored.Keys);
        foreach (var row in rebuilt.Where(r => !r.RowKey.StartsWith("case|", StringComparison.Ordinal)))
        {
            Assert.Equal(InsightRows.Canonical(InsightRows.ReadAggregate(row)), InsightRows.Canonical(InsightRows.ReadAggregate(stored[row.RowKey])));
        }

        var figures = await _insights.FiguresAsync(tenant, Template, new FigurePeriod(new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 1)), Now);
        Assert.Equal(1000, figures.Started);
        Assert.Equal(1000, figures.Finished + figures.Cancelled + figures.Open);
    }

    [Fact]
    public async Task Rebuild_AfterFiguresWereLost_RestoresThem()
    {
        var tenant = await ImportAsync();
        await WalkAsync(Driver(), tenant.Value);

        var result = await new InsightRebuild(azurite.Server.CreateServiceClient()).RebuildAsync(tenant);

        Assert.Equal(new RebuildResult(6, 1), result);
        var figures = await _insights.FiguresAsync(tenant, Template, FigurePeriod.Parse("2026", Now)!, Now);
        Assert.Equal((6, 3, 1, 2), (figures.Started, figures.Finished, figures.Cancelled, figures.Open));
    }

    [Fact]
    public async Task Archive_MoreCasesThanTheLimit_StopsAtLimitPlusOne()
    {
        var tenant = await ImportAsync();
        await WalkAsync(Driver(), tenant.Value);
        var archive = new CaseArchive(azurite.Server.CreateServiceClient());
        var year = FigurePeriod.Parse("2026", Now)!;

        var all = await archive.LoadAsync(tenant, Template, year, withNames: false);
        var capped = await archive.LoadAsync(tenant, Template, year, withNames: false, limit: 4);
        var none = await archive.LoadAsync(tenant, Template, FigurePeriod.Parse("2025", Now)!, withNames: false, limit: 4);

        Assert.Equal(6, all.Count);
        Assert.Equal(5, capped.Count);
        Assert.Empty(none);
    }
}

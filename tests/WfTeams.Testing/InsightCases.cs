using WfTeams.Core.Insights;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;

namespace WfTeams.Testing;

/// <summary>Three cases of <see cref="InsightFixture"/> in March 2026, stored with the projector: two finished (one hires 40), one cancelled.</summary>
public static class InsightCases
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static async Task<ProcessTemplate> StoreAsync(Azure.Data.Tables.TableServiceClient service, TemplateStore store, TenantId tenant)
    {
        var template = InsightFixture.Template() with { Status = TemplateStatus.Released };
        await store.ImportAsync(tenant, template);
        var driver = new RunnerCaseDriver(store, new CaseStore(service), new InsightProjector(new InsightStore(service)));
        var a = await CaseScript.StartAsync(driver, tenant.Value, InsightFixture.Id, T0, "Geheim GmbH");
        await a.CompleteAsync(TimeSpan.FromHours(2), null, ("arbeitsplaetze", "40"));
        await a.CompleteAsync(TimeSpan.FromHours(10), "nein");
        var b = await CaseScript.StartAsync(driver, tenant.Value, InsightFixture.Id, T0 + TimeSpan.FromHours(1), "Zweite AG");
        await b.CompleteAsync(TimeSpan.FromHours(3), null, ("arbeitsplaetze", "20"));
        await b.CompleteAsync(TimeSpan.FromHours(30), "nein");
        var c = await CaseScript.StartAsync(driver, tenant.Value, InsightFixture.Id, T0 + TimeSpan.FromHours(2), "Dritte KG");
        await c.CancelAsync(TimeSpan.FromHours(5), "Unternehmen hat abgesagt");
        return template;
    }
}

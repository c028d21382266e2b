using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WfTeams.Bot.Privacy;
using WfTeams.Core.Privacy;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;
using WfTeams.Testing;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Bot.Tests.Privacy;

[Collection("Azurite")]
public sealed class RetentionServiceTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero));

    private RetentionService Instance(TenantId tenant)
    {
        var service = azurite.Server.CreateServiceClient();
        return new RetentionService(new CaseRetention(service, new CaseDeletion(service, PrivacySetup.CaseDataStores(service, _time)), new AuditLog(service, _time)), new TableLease(service, _time), tenant,
            Options.Create(new RetentionOptions { RetentionDays = 30 }), _time, NullLogger<RetentionService>.Instance);
    }

    [Fact]
    public async Task Look_ThreeInstances_OneRunsPerDayAndDeletesTheExpiredCase()
    {
        var tenant = AzuriteFixture.NewTenant();
        await azurite.Store.ImportAsync(tenant, TemplateFactory.Minimal() with { Status = TemplateStatus.Released });
        var cases = new CaseStore(azurite.Server.CreateServiceClient());
        var runner = new CaseRunner(azurite.Store, cases, new ManualTime(_time.GetUtcNow().AddDays(-40)));
        var started = Assert.IsType<CaseApplied>(await runner.StartAsync(Start(tenant.Value, "minimal")));
        var ended = Assert.IsType<CaseApplied>(await runner.ExecuteAsync(Complete(started.State, started.Template))).State;
        var instances = Enumerable.Range(0, 3).Select(_ => Instance(tenant)).ToList();

        var first = await Task.WhenAll(instances.Select(i => i.LookAsync(CancellationToken.None)));
        _time.Advance(RetentionService.Interval);
        var anHourLater = await Task.WhenAll(instances.Select(i => i.LookAsync(CancellationToken.None)));
        _time.Advance(RetentionService.LeaseDuration);
        var nextDay = await Task.WhenAll(instances.Select(i => i.LookAsync(CancellationToken.None)));

        Assert.Equal(1, Assert.Single(first, r => r is not null));
        Assert.All(anHourLater, r => Assert.Null(r));
        Assert.Equal(0, Assert.Single(nextDay, r => r is not null));
        Assert.Null(await cases.LoadAsync(tenant, ended.Id));
    }
}

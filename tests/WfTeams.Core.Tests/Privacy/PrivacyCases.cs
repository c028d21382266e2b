using Azure.Data.Tables;
using WfTeams.Core.Privacy;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;
using WfTeams.Testing;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Core.Tests.Privacy;

/// <summary>Cases made through the real runner at chosen times, and what the privacy tests read back from the tables.</summary>
public sealed class PrivacyCases(AzuriteFixture azurite)
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    public ManualTime Time { get; } = new(Now);

    public TableServiceClient Service { get; } = azurite.Server.CreateServiceClient();

    public CaseStore Cases { get; } = new(azurite.Server.CreateServiceClient());

    public AuditLog Audit => new(Service, Time);

    public CaseRunner Runner => new(azurite.Store, Cases, Time);

    /// <summary>A new tenant with the one-step template "minimal" and the sample "ansiedlung", both released.</summary>
    public async Task<TenantId> TenantAsync()
    {
        var tenant = AzuriteFixture.NewTenant();
        await azurite.Store.ImportAsync(tenant, TemplateFactory.Minimal() with { Status = TemplateStatus.Released });
        await azurite.Store.ImportAsync(tenant, await SampleAsync("ansiedlung"));
        return tenant;
    }

    public async Task<CaseApplied> StartAsync(TenantId tenant, DateTimeOffset at, string templateId = "minimal", Actor? actor = null, bool shared = false, string subject = "Muster GmbH")
    {
        Time.Now = at;
        actor ??= Anna;
        return Assert.IsType<CaseApplied>(await Runner.StartAsync(Start(tenant.Value, templateId, actor, subject, shared ? "19:team@thread.v2" : "a:1on1-" + actor.Id, shared)));
    }

    public async Task<CaseState> FinishedAsync(TenantId tenant, DateTimeOffset at)
    {
        var started = await StartAsync(tenant, at);
        return Assert.IsType<CaseApplied>(await Runner.ExecuteAsync(Complete(started.State, started.Template))).State;
    }

    public async Task<CaseState> CancelledAsync(TenantId tenant, DateTimeOffset at, Actor? actor = null)
    {
        var started = await StartAsync(tenant, at, actor: actor);
        return Assert.IsType<CaseApplied>(await Runner.ExecuteAsync(On(new CancelCase { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "", Reason = "erledigt" }, started.State))).State;
    }

    /// <summary>Every row of the case's partition.</summary>
    public async Task<List<TableEntity>> RowsAsync(TenantId tenant, string caseId)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Service.GetTableClient(CaseStore.TableName).QueryAsync<TableEntity>(r => r.PartitionKey == $"{tenant.Value}|case|{caseId}"))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Every index row that lists the case, in any partition.</summary>
    public async Task<List<TableEntity>> IndexRowsAsync(string caseId)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Service.GetTableClient(CaseStore.IndexTableName).QueryAsync<TableEntity>(r => r.RowKey == caseId))
        {
            rows.Add(row);
        }

        return rows;
    }
}

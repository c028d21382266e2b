using System.Collections.Immutable;
using Azure.Data.Tables;
using WfTeams.Core.Privacy;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;
using WfTeams.Testing;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Core.Tests.Privacy;

[Collection("Azurite")]
public sealed class UserForgettingTests(AzuriteFixture azurite)
{
    private readonly PrivacyCases _cases = new(azurite);

    // A name of this test's own, so the scan over every table cannot meet it from another test.
    private readonly Actor _zora = new(Guid.NewGuid().ToString(), "Zora Quenfeld-" + Guid.NewGuid().ToString("N")[..8]);

    private UserForgetting Forgetting() => new([new CasePersonalData(_cases.Service)], _cases.Audit);

    /// <summary>Zora starts a case and types her own name into it; in Anna's shared case she completes a step, is assigned one and named in the cancel reason.</summary>
    private async Task<(TenantId Tenant, CaseState Own, CaseState Shared)> ZoraEverywhereAsync()
    {
        var tenant = await _cases.TenantAsync();
        var own = await _cases.StartAsync(tenant, PrivacyCases.Now, "ansiedlung", actor: _zora, subject: "Anfrage von " + _zora.Name);
        var complete = Complete(own.State, own.Template);
        var ownState = Assert.IsType<CaseApplied>(await _cases.Runner.ExecuteAsync(complete with { Values = complete.Values.SetItem("ansprechperson", _zora.Name) })).State;

        var shared = await _cases.StartAsync(tenant, PrivacyCases.Now, "ansiedlung", shared: true);
        var state = Assert.IsType<CaseApplied>(await _cases.Runner.ExecuteAsync(Complete(shared.State, shared.Template, actor: _zora))).State;
        state = Assert.IsType<CaseApplied>(await _cases.Runner.ExecuteAsync(On(new AssignStep { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "", Assignee = _zora }, state, Anna))).State;
        state = Assert.IsType<CaseApplied>(await _cases.Runner.ExecuteAsync(On(new CancelCase { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "", Reason = $"{_zora.Name} hat übernommen" }, state, Anna))).State;
        Assert.NotEmpty(await TableScan.FindAsync(_cases.Service, _zora.Name));
        return (tenant, ownState, state);
    }

    [Fact]
    public async Task Forget_Person_NoOccurrenceOfTheNameInAnyTable()
    {
        var (tenant, own, shared) = await ZoraEverywhereAsync();

        var forgotten = await Forgetting().ForgetAsync(tenant, _zora.Id, "test");

        Assert.Empty(await TableScan.FindAsync(_cases.Service, _zora.Name));
        Assert.True(Assert.Single(forgotten).Rows > 0);
        var ownNow = (await _cases.Cases.LoadAsync(tenant, own.Id))!.State;
        Assert.Equal(new Actor(_zora.Id, "gelöschte Person"), ownNow.StartedBy);
        Assert.Equal("Anfrage von gelöschte Person", ownNow.Subject);
        var sharedNow = (await _cases.Cases.LoadAsync(tenant, shared.Id))!.State;
        Assert.Equal(Anna, sharedNow.StartedBy);
        Assert.Equal("gelöschte Person hat übernommen", sharedNow.CloseReason);
        Assert.Contains(await _cases.Cases.EventsAsync(tenant, shared.Id), e => e.Actor == Anna);
        Assert.Equal(ownNow.UpdatedAt, own.UpdatedAt);
        var entry = (await _cases.Audit.ListAsync(tenant))[0];
        Assert.Equal(("forget", AuditLog.PersonKey(_zora.Id)), (entry.Action, entry.Target));
    }

    [Fact]
    public async Task Forget_CrashedHalfway_RerunLeavesNoOccurrence()
    {
        var (tenant, own, shared) = await ZoraEverywhereAsync();
        var before = (await _cases.RowsAsync(tenant, shared.Id)).Concat(await _cases.RowsAsync(tenant, own.Id)).ToList();
        await Forgetting().ForgetAsync(tenant, _zora.Id, "test");
        // A run that died after rewriting only part of the rows: put the original state of one case and every second event back.
        var table = _cases.Service.GetTableClient(CaseStore.TableName);
        foreach (var row in before.Where((r, i) => (r.RowKey == "state" && r.PartitionKey.EndsWith(shared.Id, StringComparison.Ordinal)) || (r.RowKey.StartsWith("event|", StringComparison.Ordinal) && i % 2 == 0)))
        {
            await table.UpsertEntityAsync(row, TableUpdateMode.Replace);
        }

        Assert.NotEmpty(await TableScan.FindAsync(_cases.Service, _zora.Name));

        await Forgetting().ForgetAsync(tenant, _zora.Id, "test");

        Assert.Empty(await TableScan.FindAsync(_cases.Service, _zora.Name));
    }

    [Fact]
    public async Task Forget_Twice_SecondRunChangesNothing()
    {
        var (tenant, _, _) = await ZoraEverywhereAsync();
        await Forgetting().ForgetAsync(tenant, _zora.Id, "test");

        var again = await Forgetting().ForgetAsync(tenant, _zora.Id, "test");

        Assert.Equal(0, Assert.Single(again).Rows);
    }

    [Fact]
    public async Task ExportUser_Person_ListsTheCasesTheyAppearIn()
    {
        var (tenant, own, shared) = await ZoraEverywhereAsync();

        var export = await new CasePersonalData(_cases.Service).ExportUserAsync(tenant, _zora.Id, CancellationToken.None);

        var ids = export!["cases"]!.AsArray().Select(c => c!["caseId"]!.GetValue<string>()).Order().ToImmutableArray();
        Assert.Equal(new[] { own.Id, shared.Id }.Order(), ids);
        Assert.Null(await new CasePersonalData(_cases.Service).ExportUserAsync(tenant, "niemand", CancellationToken.None));
    }
}

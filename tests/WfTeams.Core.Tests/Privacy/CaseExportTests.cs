using System.Text.Json.Nodes;
using WfTeams.Core.Privacy;
using WfTeams.Core.Runs;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Core.Tests.Privacy;

[Collection("Azurite")]
public sealed class CaseExportTests(AzuriteFixture azurite)
{
    private readonly PrivacyCases _cases = new(azurite);

    [Fact]
    public async Task Export_Case_ContainsEveryStoredRowAndTheDecodedState()
    {
        var tenant = await _cases.TenantAsync();
        var started = await _cases.StartAsync(tenant, PrivacyCases.Now, "ansiedlung", shared: true, subject: "Exportprobe GmbH");
        var state = Assert.IsType<CaseApplied>(await _cases.Runner.ExecuteAsync(Complete(started.State, started.Template, actor: Ben))).State;
        var rows = await _cases.RowsAsync(tenant, state.Id);

        var document = await new CaseExport(_cases.Service, _cases.Audit).ExportAsync(tenant, state.Id, "test");

        Assert.NotNull(document);
        Assert.Equal("Exportprobe GmbH", document["state"]!["subject"]!.GetValue<string>());
        Assert.Equal("ansiedlung", document["template"]!["id"]!.GetValue<string>());
        var events = document["events"]!.AsArray();
        Assert.Equal(rows.Count(r => r.RowKey.StartsWith("event|", StringComparison.Ordinal)), events.Count);
        Assert.Equal(Ben.Name, events[1]!["actor"]!["name"]!.GetValue<string>());
        Assert.Equal(rows.Count(r => r.RowKey.StartsWith("activity|", StringComparison.Ordinal)), document["activities"]!.AsArray().Count);
        Assert.Equal(2 + events.Count + document["activities"]!.AsArray().Count + document["otherRows"]!.AsArray().Count, rows.Count);
        Assert.Equal((await _cases.IndexRowsAsync(state.Id)).Count, document["index"]!.AsArray().Count);
        Assert.NotEmpty(document["index"]!.AsArray());
        var entry = (await _cases.Audit.ListAsync(tenant))[0];
        Assert.Equal(("export", state.Id), (entry.Action, entry.Target));
    }

    [Fact]
    public async Task Export_UnknownCase_IsNull()
    {
        var tenant = await _cases.TenantAsync();

        Assert.Null(await new CaseExport(_cases.Service, _cases.Audit).ExportAsync(tenant, "keinfall", "test"));
        Assert.Null(await new CaseExport(_cases.Service, _cases.Audit).ExportAsync(tenant, "../x", "test"));
    }

    [Fact]
    public async Task Export_RowOfAnUnknownKind_IsIncludedWithItsColumns()
    {
        var tenant = await _cases.TenantAsync();
        var state = (await _cases.StartAsync(tenant, PrivacyCases.Now)).State;
        await _cases.Service.GetTableClient(CaseStore.TableName).AddEntityAsync(
            new Azure.Data.Tables.TableEntity($"{tenant.Value}|case|{state.Id}", "reminder|1") { ["Note"] = "Wiedervorlage" });

        var document = await new CaseExport(_cases.Service, _cases.Audit).ExportAsync(tenant, state.Id, "test");

        var other = Assert.Single(document!["otherRows"]!.AsArray());
        Assert.Equal("Wiedervorlage", other!["Note"]!.GetValue<string>());
        Assert.IsType<JsonObject>(other);
    }
}

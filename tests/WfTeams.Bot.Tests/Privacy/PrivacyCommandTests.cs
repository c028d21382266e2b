using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using WfTeams.Bot.Tests.Cli;
using WfTeams.Core.Privacy;
using WfTeams.Core.Processes;
using WfTeams.Core.Reminders;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;
using WfTeams.Testing;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Bot.Tests.Privacy;

[Collection("Azurite")]
public sealed class PrivacyCommandTests(AzuriteFixture azurite)
{
    private readonly TenantId _tenant = AzuriteFixture.NewTenant();
    private readonly ManualTime _time = new(new DateTimeOffset(2023, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        GermanCommandLine.RunAsync(azurite.Configuration(_tenant), args);

    private async Task<CaseState> CaseAsync(bool cancel, Actor? actor = null)
    {
        await azurite.Store.ImportAsync(_tenant, TemplateFactory.Minimal() with { Status = TemplateStatus.Released });
        var runner = new CaseRunner(azurite.Store, new CaseStore(azurite.Server.CreateServiceClient()), _time);
        var started = Assert.IsType<CaseApplied>(await runner.StartAsync(Start(_tenant.Value, "minimal", actor)));
        return cancel
            ? Assert.IsType<CaseApplied>(await runner.ExecuteAsync(On(new CancelCase { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "" }, started.State))).State
            : started.State;
    }

    [Fact]
    public async Task CasesPurge_Before_DeletesTheEndedCaseAndKeepsTheOpenOne()
    {
        var ended = await CaseAsync(cancel: true);
        var open = await CaseAsync(cancel: false);

        var (exitCode, output, _) = await RunAsync("cases", "purge", "--before", "2023-03-02");

        Assert.Equal(0, exitCode);
        Assert.Equal("1 beendete Vorgänge gelöscht, die vor 2023-03-02 endeten\n", output.ReplaceLineEndings("\n"));
        var cases = new CaseStore(azurite.Server.CreateServiceClient());
        Assert.Null(await cases.LoadAsync(_tenant, ended.Id));
        Assert.NotNull(await cases.LoadAsync(_tenant, open.Id));
    }

    [Fact]
    public async Task InsightsRebuild_AfterCasesWereDeleted_RefusesUnlessForced()
    {
        await CaseAsync(cancel: true);
        var (first, _, _) = await RunAsync("insights", "rebuild");
        Assert.Equal(0, first);
        var (purged, _, _) = await RunAsync("cases", "purge", "--before", "2023-03-02");
        Assert.Equal(0, purged);

        var (refused, _, error) = await RunAsync("insights", "rebuild");
        var (forced, output, _) = await RunAsync("insights", "rebuild", "--force");

        Assert.Equal(1, refused);
        Assert.Contains("1 Vorgänge wurden gelöscht", error, StringComparison.Ordinal);
        Assert.Equal(0, forced);
        Assert.StartsWith("Kennzahlen neu berechnet", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasesPurge_NoDate_UsesTheRetentionDays()
    {
        var ended = await CaseAsync(cancel: true);
        var configuration = new ConfigurationBuilder().AddConfiguration(azurite.Configuration(_tenant))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Cases:RetentionDays"] = "30" }).Build();

        var (exitCode, output, _) = await GermanCommandLine.RunAsync(configuration, "cases", "purge");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("1 beendete Vorgänge gelöscht", output, StringComparison.Ordinal);
        Assert.Null(await new CaseStore(azurite.Server.CreateServiceClient()).LoadAsync(_tenant, ended.Id));
    }

    [Fact]
    public async Task CasesPurge_NotADate_ExitsWithWrongUsage()
    {
        var (exitCode, _, error) = await RunAsync("cases", "purge", "--before", "1.3.2023");

        Assert.Equal(2, exitCode);
        Assert.Contains("1.3.2023: kein Datum (erwartet JJJJ-MM-TT)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasesExport_Case_WritesItsJsonAndAudits()
    {
        var state = await CaseAsync(cancel: true);

        var (exitCode, output, _) = await RunAsync("cases", "export", state.Id);

        Assert.Equal(0, exitCode);
        var document = JsonNode.Parse(output)!;
        Assert.Equal(state.Id, document["caseId"]!.GetValue<string>());
        Assert.Equal(2, document["events"]!.AsArray().Count);
        Assert.Contains(await new AuditLog(azurite.Server.CreateServiceClient(), TimeProvider.System).ListAsync(_tenant), e => e is { Action: "export", Origin: "cli" } && e.Target == state.Id);
    }

    [Fact]
    public async Task CasesExportAndDelete_UnknownCase_ExitOne()
    {
        var export = await RunAsync("cases", "export", "gibtesnicht");
        var delete = await RunAsync("cases", "delete", "gibtesnicht");

        Assert.Equal((1, 1), (export.ExitCode, delete.ExitCode));
        Assert.Contains("Vorgang „gibtesnicht“ nicht gefunden", delete.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasesDelete_OpenCase_IsGoneAndAudited()
    {
        var state = await CaseAsync(cancel: false);

        var (exitCode, output, _) = await RunAsync("cases", "delete", state.Id);

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"Vorgang {state.Id} gelöscht (", output, StringComparison.Ordinal);
        Assert.Null(await new CaseStore(azurite.Server.CreateServiceClient()).LoadAsync(_tenant, state.Id));
        Assert.Contains(await new AuditLog(azurite.Server.CreateServiceClient(), TimeProvider.System).ListAsync(_tenant), e => e.Action == "delete" && e.Target == state.Id);
    }

    [Fact]
    public async Task UsersForget_Person_NameGoneFromEveryTable()
    {
        var person = new Actor(Guid.NewGuid().ToString(), "Ilse Vergessen-" + Guid.NewGuid().ToString("N")[..6]);
        var state = await CaseAsync(cancel: true, person);
        var references = new ConversationReferences(azurite.Server.CreateServiceClient());
        await references.RememberUserAsync(_tenant, person.Id, "29:ilse", "https://smba.trafficmanager.net/emea/", "a:personal-ilse");
        var export = await RunAsync("users", "export", person.Id);

        var (exitCode, output, _) = await RunAsync("users", "forget", person.Id);

        Assert.Equal(0, export.ExitCode);
        Assert.Contains(person.Name, export.Output, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.StartsWith("cases: ", output, StringComparison.Ordinal);
        Assert.Empty(await TableScan.FindAsync(azurite.Server.CreateServiceClient(), person.Name));
        Assert.Contains("a:personal-ilse", export.Output, StringComparison.Ordinal);
        Assert.Null(await references.FindUserAsync(_tenant, person.Id));
        Assert.Equal("gelöschte Person", (await new CaseStore(azurite.Server.CreateServiceClient()).LoadAsync(_tenant, state.Id))!.State.StartedBy.Name);
        var after = await RunAsync("users", "export", person.Id);
        Assert.Contains("gelöschte Person", after.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(person.Name, after.Output, StringComparison.Ordinal);
        Assert.Equal(1, (await RunAsync("users", "export", "niemand")).ExitCode);
    }
}

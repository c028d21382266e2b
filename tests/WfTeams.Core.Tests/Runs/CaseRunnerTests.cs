using System.Collections.Immutable;
using System.Globalization;
using Azure.Data.Tables;
using WfTeams.Core.Chat;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Core.Storage;
using WfTeams.Testing;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Core.Tests.Runs;

[Collection("Azurite")]
public sealed class CaseRunnerTests(AzuriteFixture azurite)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    private const string Group = "19:vertrieb@thread.v2";

    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
    private readonly CaseStore _cases = new(azurite.Server.CreateServiceClient());

    private CaseRunner Runner() => new(azurite.Store, _cases, _time);

    private async Task<(TenantId Tenant, ProcessTemplate Template)> ImportAsync(string sample = "ansiedlung")
    {
        var tenant = AzuriteFixture.NewTenant();
        var template = await SampleAsync(sample);
        await azurite.Store.ImportAsync(tenant, template);
        return (tenant, template);
    }

    private async Task<CaseApplied> StartAsync(TenantId tenant, string templateId = "ansiedlung", bool shared = false, Actor? actor = null) =>
        Assert.IsType<CaseApplied>(await Runner().StartAsync(Start(tenant.Value, templateId, actor, shared: shared, conversation: shared ? Group : "a:1on1-" + (actor ?? Anna).Id)));

    [Fact]
    public async Task FullAnsiedlung_DecisionsAndLoops_FinishesWithCompleteAuditTrail()
    {
        var (tenant, _) = await ImportAsync();
        var started = await StartAsync(tenant);
        var state = started.State;
        string?[] answers = [null, null, "nein", "ja", "ja", "ja", null, "nein", null, "ja", null, null, null];
        var visited = new List<string>();
        foreach (var answer in answers)
        {
            visited.Add(state.CurrentStepId!);
            _time.Advance(TimeSpan.FromHours(1));
            state = Assert.IsType<CaseApplied>(await Runner().ExecuteAsync(Complete(state, started.Template, answer))).State;
        }

        Assert.Equal(
            ["anfrage-erfassen", "bedarf-klaeren", "standortsuche", "alternativen-pruefen", "standortsuche", "standortbesichtigung", "foerderberatung",
             "genehmigungsbegleitung", "unterlagen-nachfordern", "genehmigungsbegleitung", "vertrag", "nachbetreuung", "abschluss"],
            visited);
        Assert.Equal(CaseStatus.Finished, state.Status);
        var stored = await _cases.LoadAsync(tenant, state.Id);
        Assert.Equal(Json(state), Json(stored!.State));
        var events = await _cases.EventsAsync(tenant, state.Id);
        Assert.Equal(Enumerable.Range(1, answers.Length + 1), events.Select(e => e.Sequence));
        Assert.Equal(CaseEventKind.Started, events[0].Kind);
        Assert.All(events.Skip(1), e => Assert.Equal(CaseEventKind.Completed, e.Kind));
        Assert.Equal("nein", events[3].DecisionId);
        Assert.Equal("1250.5", events[2].Values!["grundstueck-m2"]);
        Assert.Empty(await Runner().ListOpenAsync(tenant.Value, Anna, null));
        Assert.Equal(RefusalCode.Closed, Assert.IsType<CaseRefused>(await Runner().ExecuteAsync(On(new PauseCase { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "" }, state))).Refusal.Code);
    }

    [Fact]
    public async Task TwentyColleagues_CompleteSameStepAtOnce_ExactlyOneTransition()
    {
        var (tenant, _) = await ImportAsync();
        var started = await StartAsync(tenant, shared: true);
        var colleagues = Enumerable.Range(1, 20).Select(i => new Actor($"29:kollege-{i}", $"Kollegin {i}")).ToList();

        var outcomes = await Task.WhenAll(colleagues.Select(c => Task.Run(() => Runner().ExecuteAsync(Complete(started.State, started.Template, actor: c)))));

        var winner = Assert.Single(outcomes.OfType<CaseApplied>());
        var refusals = outcomes.OfType<CaseRefused>().ToList();
        Assert.Equal(19, refusals.Count);
        var name = winner.Event.Actor.Name;
        Assert.All(refusals, r => Assert.StartsWith($"Dieser Schritt wurde bereits von {name} am ", r.Refusal.Message(German), StringComparison.Ordinal));
        Assert.All(refusals, r => Assert.Equal("bedarf-klaeren", r.State!.CurrentStepId));
        var events = await _cases.EventsAsync(tenant, started.State.Id);
        Assert.Equal([1, 2], events.Select(e => e.Sequence));
        Assert.Equal(2, (await _cases.LoadAsync(tenant, started.State.Id))!.State.Version);
    }

    [Fact]
    public async Task SameActivityTwice_OneEffect_SecondGetsTheFirstResult()
    {
        var (tenant, _) = await ImportAsync();
        var started = await StartAsync(tenant);
        var command = Complete(started.State, started.Template);

        var first = Assert.IsType<CaseApplied>(await Runner().ExecuteAsync(command));
        var again = Assert.IsType<CaseApplied>(await Runner().ExecuteAsync(command));
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => Runner().ExecuteAsync(command))));

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Equal(Json(first.Event), Json(again.Event));
        Assert.All(concurrent, o => Assert.True(Assert.IsType<CaseApplied>(o).Duplicate));
        Assert.Equal(2, (await _cases.EventsAsync(tenant, started.State.Id)).Count);
    }

    [Fact]
    public async Task SameActivitiesRacing_ExactlyOneApplied()
    {
        var (tenant, _) = await ImportAsync();
        var started = await StartAsync(tenant);
        var command = Complete(started.State, started.Template);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Runner().ExecuteAsync(command))));

        Assert.Single(outcomes, o => o is CaseApplied { Duplicate: false });
        Assert.All(outcomes, o => Assert.IsType<CaseApplied>(o));
        Assert.Equal(2, (await _cases.EventsAsync(tenant, started.State.Id)).Count);
    }

    [Fact]
    public async Task TwoHosts_EachRemembersItsLastWrite_NeitherLosesNorWronglyRefuses()
    {
        var (tenant, _) = await ImportAsync();
        var hostA = Runner();
        var hostB = new CaseRunner(azurite.Store, new CaseStore(azurite.Server.CreateServiceClient()), _time);
        var started = Assert.IsType<CaseApplied>(await hostA.StartAsync(Start(tenant.Value, "ansiedlung", shared: true, conversation: Group)));
        var v2 = Assert.IsType<CaseApplied>(await hostA.ExecuteAsync(Complete(started.State, started.Template))).State;
        var v3 = Assert.IsType<CaseApplied>(await hostB.ExecuteAsync(Complete(v2, started.Template, actor: Ben))).State;

        var staleOnA = Assert.IsType<CaseRefused>(await hostA.ExecuteAsync(Complete(v2, started.Template)));
        var currentOnA = Assert.IsType<CaseApplied>(await hostA.ExecuteAsync(Complete(v3, started.Template, "ja")));

        Assert.Contains("Ben Yilmaz", staleOnA.Refusal.Message(German), StringComparison.Ordinal);
        Assert.Equal(4, currentOnA.State.Version);
        Assert.Equal("standortbesichtigung", currentOnA.State.CurrentStepId);
        Assert.Equal([1, 2, 3, 4], (await _cases.EventsAsync(tenant, started.State.Id)).Select(e => e.Sequence));
    }

    [Fact]
    public async Task StartRetried_SameActivity_SameCase()
    {
        var (tenant, _) = await ImportAsync();
        var command = Start(tenant.Value, "ansiedlung");

        var first = Assert.IsType<CaseApplied>(await Runner().StartAsync(command));
        var again = Assert.IsType<CaseApplied>(await Runner().StartAsync(command));

        Assert.True(again.Duplicate);
        Assert.Equal(first.State.Id, again.State.Id);
        Assert.Single(await Runner().ListOpenAsync(tenant.Value, Anna, null));
    }

    [Fact]
    public async Task TemplateReimportedAsVersion2_RunningCaseKeepsVersion1()
    {
        var (tenant, v1) = await ImportAsync();
        var started = await StartAsync(tenant);
        var v2 = v1 with
        {
            Version = 2,
            Status = TemplateStatus.Released,
            Steps = [v1.Steps[0] with { Title = "Neu: nur ein Schritt", Fields = [], Checklist = [], Next = null, End = true }],
        };
        await azurite.Store.ImportAsync(tenant, v2);
        _cases.GetType(); // a fresh store below: no cached snapshot hides a wrong read
        var fresh = new CaseRunner(azurite.Store, new CaseStore(azurite.Server.CreateServiceClient()), _time);

        var after = Assert.IsType<CaseApplied>(await fresh.ExecuteAsync(Complete(started.State, started.Template)));
        var newCase = Assert.IsType<CaseApplied>(await fresh.StartAsync(Start(tenant.Value, "ansiedlung")));

        Assert.Equal(1, after.Template.Version);
        Assert.Equal(v1.Steps.Count, after.Template.Steps.Count);
        Assert.Equal("bedarf-klaeren", after.State.CurrentStepId);
        Assert.Equal("Anfrage erfassen und Ansprechpartner festlegen", after.Template.Steps[0].Title);
        Assert.Equal(2, newCase.Template.Version);
        Assert.Equal(2, newCase.State.TemplateVersion);
    }

    [Fact]
    public async Task OtherTenant_SameCaseId_NotFoundAndNotListed()
    {
        var (tenant, _) = await ImportAsync();
        var started = await StartAsync(tenant);
        var other = AzuriteFixture.NewTenant();

        var refused = Assert.IsType<CaseRefused>(await Runner().ExecuteAsync(Complete(started.State, started.Template) with { Tenant = other.Value }));
        var look = Assert.IsType<CaseRefused>(await Runner().GetAsync(other.Value, started.State.Id, Anna, "a:1on1-29:anna"));

        Assert.Equal(RefusalCode.NotFound, refused.Refusal.Code);
        Assert.Null(refused.State);
        Assert.Equal(RefusalCode.NotFound, look.Refusal.Code);
        Assert.Empty(await Runner().ListOpenAsync(other.Value, Anna, null));
        Assert.Equal(1, (await _cases.LoadAsync(tenant, started.State.Id))!.State.Version);
    }

    [Fact]
    public async Task TamperedCardData_Refused_NothingChanged()
    {
        var (tenant, _) = await ImportAsync();
        var annas = await StartAsync(tenant);
        var bens = await StartAsync(tenant, actor: Ben);
        var context = new ChatContext(tenant.Value, Anna, NewActivityId(), "a:1on1-29:anna", false, "de");

        var foreign = CardAction.Parse("complete", System.Text.Json.Nodes.JsonNode.Parse($$"""{"caseId":"{{bens.State.Id}}","stepId":"anfrage-erfassen","version":1}"""), context);
        var unknownField = CardAction.Parse("complete", System.Text.Json.Nodes.JsonNode.Parse($$"""{"caseId":"{{annas.State.Id}}","stepId":"anfrage-erfassen","version":1,"f.gehalt":"1"}"""), context);
        var noSuchCase = CardAction.Parse("complete", System.Text.Json.Nodes.JsonNode.Parse("""{"caseId":"0000000000","stepId":"anfrage-erfassen","version":1}"""), context);

        Assert.Equal(RefusalCode.NotAMember, Refusal(await Runner().ExecuteAsync(Assert.IsType<CardAction.Change>(foreign).Command)));
        Assert.Equal(RefusalCode.Tampered, Refusal(await Runner().ExecuteAsync(Assert.IsType<CardAction.Change>(unknownField).Command)));
        Assert.Equal(RefusalCode.NotFound, Refusal(await Runner().ExecuteAsync(Assert.IsType<CardAction.Change>(noSuchCase).Command)));
        Assert.Equal(1, (await _cases.LoadAsync(tenant, annas.State.Id))!.State.Version);
        Assert.Equal(1, (await _cases.LoadAsync(tenant, bens.State.Id))!.State.Version);
    }

    [Fact]
    public async Task InvalidSubmission_NothingSaved()
    {
        var (tenant, _) = await ImportAsync();
        var started = await StartAsync(tenant);
        var command = Complete(started.State, started.Template);

        var invalid = Assert.IsType<CaseInvalid>(await Runner().ExecuteAsync(command with { Values = command.Values.SetItem("eingangsdatum", "gestern") }));

        Assert.Equal("f.eingangsdatum", Assert.Single(invalid.Errors).InputId);
        Assert.Single(await _cases.EventsAsync(tenant, started.State.Id));
    }

    [Fact]
    public async Task MyCases_PersonalSharedAndAssigned_ListedForTheRightPeople()
    {
        var (tenant, _) = await ImportAsync();
        var personal = await StartAsync(tenant);
        var shared = await StartAsync(tenant, shared: true);
        var runner = Runner();

        Assert.Equal([shared.State.Id, personal.State.Id], (await runner.ListOpenAsync(tenant.Value, Anna, Group)).Select(c => c.CaseId).Order().Reverse().OrderBy(id => id == personal.State.Id));
        Assert.Equal([shared.State.Id], (await runner.ListOpenAsync(tenant.Value, Ben, Group)).Select(c => c.CaseId));
        Assert.Empty(await runner.ListOpenAsync(tenant.Value, Ben, null));

        var assign = On(new AssignStep { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "", Assignee = Ben }, personal.State);
        Assert.IsType<CaseApplied>(await runner.ExecuteAsync(assign));
        var bens = Assert.Single(await runner.ListOpenAsync(tenant.Value, Ben, null));
        Assert.Equal(("Ben Yilmaz", "Anfrage erfassen und Ansprechpartner festlegen", 1), (bens.AssigneeName, bens.StepTitle, bens.StepNumber));

        _time.Advance(TimeSpan.FromHours(3));
        Assert.True(bens.IsOverdue(_time.Now));
    }

    [Fact]
    public async Task IndexRowWithoutCase_SkippedInList()
    {
        var (tenant, _) = await ImportAsync();
        var started = await StartAsync(tenant);
        var index = azurite.Server.CreateServiceClient().GetTableClient(CaseStore.IndexTableName);
        await index.UpsertEntityAsync(new TableEntity(CaseStore.UserIndexKey(tenant, Anna.Id), "abandoned0000000000") { ["Open"] = true, ["StartedAt"] = _time.Now });

        var listed = await Runner().ListOpenAsync(tenant.Value, Anna, null);

        Assert.Equal([started.State.Id], listed.Select(c => c.CaseId));
    }

    [Fact]
    public async Task StateBeyondOneRow_RefusedByOurLimits_NothingWritten()
    {
        var (tenant, _) = await ImportAsync();
        var started = await StartAsync(tenant);
        var loaded = (await _cases.LoadAsync(tenant, started.State.Id))!;
        var random = new Random(5);
        string Noise() => new(Enumerable.Range(0, 1000).Select(_ => (char)('A' + random.Next(58))).ToArray());
        var steps = loaded.State.Steps;
        for (var i = 0; i < 40; i++)
        {
            steps = steps.SetItem($"schritt-{i}", StepState.Empty with { Values = Enumerable.Range(0, 50).ToImmutableDictionary(f => $"f{f}", _ => Noise()) });
        }

        var huge = loaded.State with { Version = 2, Steps = steps };
        var recorded = new CaseEvent { Sequence = 2, Kind = CaseEventKind.Saved, Actor = Anna, At = _time.Now, ActivityId = NewActivityId() };

        var ex = await Assert.ThrowsAsync<TableLimitException>(() => _cases.SaveAsync(tenant, loaded, huge, recorded));

        Assert.Contains("one row holds", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await _cases.LoadAsync(tenant, started.State.Id))!.State.Version);
        Assert.Single(await _cases.EventsAsync(tenant, started.State.Id));
    }

    [Fact]
    public async Task StartUnreleasedTemplate_Refused()
    {
        var tenant = AzuriteFixture.NewTenant();
        await azurite.Store.ImportAsync(tenant, TemplateFactory.Minimal("entwurf"));

        var refused = Assert.IsType<CaseRefused>(await Runner().StartAsync(Start(tenant.Value, "entwurf")));
        var missing = Assert.IsType<CaseRefused>(await Runner().StartAsync(Start(tenant.Value, "gibt-es-nicht")));

        Assert.Equal(RefusalCode.TemplateNotReleased, refused.Refusal.Code);
        Assert.Equal(RefusalCode.NotFound, missing.Refusal.Code);
    }

    private static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value, CaseJson.Options);

    private static RefusalCode Refusal(CaseOutcome outcome) => Assert.IsType<CaseRefused>(outcome).Refusal.Code;
}

using System.Collections.Immutable;
using System.Globalization;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;
using WfTeams.Testing;
using static WfTeams.Testing.CaseFactory;

namespace WfTeams.Core.Tests.Runs;

public sealed class CaseFlowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    private static async Task<(CaseState State, ProcessTemplate Template)> StartAnsiedlungAsync(bool shared = false)
    {
        var template = await SampleAsync("ansiedlung");
        var (state, _) = CaseFlow.Start(Start("t1", template.Id, shared: shared, conversation: shared ? "19:gruppe@thread.v2" : "a:1on1"), template, "case1", T0);
        return (state, template);
    }

    private static CaseState Applied(CaseOutcome outcome) => Assert.IsType<CaseApplied>(outcome).State;

    private static CaseState Walk(CaseState state, ProcessTemplate template, params string?[] decisions)
    {
        foreach (var decision in decisions)
        {
            state = Applied(CaseFlow.Apply(state, template, Complete(state, template, decision), T0));
        }

        return state;
    }

    [Fact]
    public async Task Start_FirstStepCurrent_DueFromDuration()
    {
        var (state, _) = await StartAnsiedlungAsync();

        Assert.Equal("anfrage-erfassen", state.CurrentStepId);
        Assert.Equal(1, state.Version);
        Assert.Equal(T0.AddHours(2), state.Current!.DueAt);
    }

    [Fact]
    public async Task Complete_RequiredMissing_ErrorsAtFieldsAndNothingChanged()
    {
        var (state, template) = await StartAnsiedlungAsync();
        var command = Complete(state, template) with
        {
            Values = ImmutableDictionary<string, string>.Empty.Add("eingangsdatum", "kein Datum"),
            Ticks = ImmutableDictionary<string, bool>.Empty.Add("crm-vorgang", true),
        };

        var invalid = Assert.IsType<CaseInvalid>(CaseFlow.Apply(state, template, command, T0));

        Assert.Contains(invalid.Errors, e => e.InputId == "f.unternehmen" && e.MessageKey == "FieldRequired");
        Assert.Contains(invalid.Errors, e => e.InputId == "f.eingangsdatum" && e.MessageKey == "FieldNotADate");
        Assert.Contains(invalid.Errors, e => e.InputId == "c.ansprechperson" && e.MessageKey == "ChecklistItemRequired");
        Assert.DoesNotContain(invalid.Errors, e => e.InputId == "c.crm-vorgang" || e.InputId == "c.vertraulichkeit");
        Assert.Equal("Bitte ausfüllen – das ist eine Pflichtangabe.", invalid.Errors.First(e => e.InputId == "f.unternehmen").Message(German));
        Assert.Same(state, invalid.State);
    }

    [Fact]
    public async Task Complete_ValidStep_StoresCanonicalValuesAndAdvances()
    {
        var (state, template) = await StartAnsiedlungAsync();
        state = Walk(state, template, [null]);
        var command = Complete(state, template) with { Values = Complete(state, template).Values.SetItem("grundstueck-m2", "12.500,75") };

        var after = Applied(CaseFlow.Apply(state, template, command, T0.AddHours(1)));

        Assert.Equal("standortsuche", after.CurrentStepId);
        Assert.Equal("12500.75", after.Step("bedarf-klaeren").Values["grundstueck-m2"]);
        Assert.Equal("Neugründung", after.Step("bedarf-klaeren").Values["vorhabenart"]);
        Assert.Equal("yes", after.Step("bedarf-klaeren").Values["bimschg"]);
        Assert.Equal(Anna, after.Step("bedarf-klaeren").CompletedBy);
        Assert.Equal(T0.AddHours(1).AddDays(7), after.Current!.DueAt);
    }

    [Fact]
    public async Task Decision_LoopAndEnd_RouteToChosenSteps()
    {
        var (state, template) = await StartAnsiedlungAsync();

        state = Walk(state, template, null, null, "ja", "andere-flaechen");
        Assert.Equal("standortsuche", state.CurrentStepId);
        Assert.Equal(2, state.Current!.Visits);

        state = Walk(state, template, "nein", "ja");
        Assert.Equal("standortsuche", state.CurrentStepId);

        state = Walk(state, template, "ja", "abbruch", null);
        Assert.Equal(CaseStatus.Finished, state.Status);
        Assert.Null(state.CurrentStepId);
        Assert.Equal("anfrage-abschliessen", state.Path[^1]);
    }

    [Fact]
    public async Task Decision_Missing_IsAFieldError()
    {
        var (state, template) = await StartAnsiedlungAsync();
        state = Walk(state, template, null, null);

        var invalid = Assert.IsType<CaseInvalid>(CaseFlow.Apply(state, template, Complete(state, template) with { DecisionId = null }, T0));

        Assert.Equal([InputIds.Decision], invalid.Errors.Select(e => e.InputId));
    }

    [Fact]
    public async Task Back_AfterTwoSteps_ReopensPreviousStepWithItsValues()
    {
        var (state, template) = await StartAnsiedlungAsync();
        state = Walk(state, template, null, null);

        var back = Applied(CaseFlow.Apply(state, template, On(new GoBack { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "" }, state), T0));

        Assert.Equal("bedarf-klaeren", back.CurrentStepId);
        Assert.Null(back.Current!.CompletedBy);
        Assert.NotEmpty(back.Current.Values);
        Assert.Equal(["anfrage-erfassen"], back.Path);
    }

    [Fact]
    public async Task Back_AtFirstStep_Refused()
    {
        var (state, template) = await StartAnsiedlungAsync();

        var refused = Assert.IsType<CaseRefused>(CaseFlow.Apply(state, template, On(new GoBack { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "" }, state), T0));

        Assert.Equal(RefusalCode.AtFirstStep, refused.Refusal.Code);
    }

    [Fact]
    public async Task Skip_WithoutReason_InvalidWithReason_Advances()
    {
        var (state, template) = await StartAnsiedlungAsync();
        var skip = On(new SkipStep { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "", Reason = "  " }, state);

        Assert.Equal("reason", Assert.Single(Assert.IsType<CaseInvalid>(CaseFlow.Apply(state, template, skip, T0)).Errors).InputId);

        var after = Applied(CaseFlow.Apply(state, template, skip with { Reason = "Anfrage kam schon im CRM an" }, T0));
        Assert.Equal("bedarf-klaeren", after.CurrentStepId);
        Assert.Equal("Anfrage kam schon im CRM an", after.Step("anfrage-erfassen").SkipReason);
    }

    [Fact]
    public async Task Skip_DecisionStep_Refused()
    {
        var (state, template) = await StartAnsiedlungAsync();
        state = Walk(state, template, null, null);

        var refused = Assert.IsType<CaseRefused>(CaseFlow.Apply(state, template, On(new SkipStep { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "", Reason = "egal" }, state), T0));

        Assert.Equal(RefusalCode.CannotSkipDecision, refused.Refusal.Code);
    }

    [Fact]
    public async Task StaleCard_StepCompletedByColleague_RefusalNamesThem()
    {
        var (state, template) = await StartAnsiedlungAsync(shared: true);
        var annasCard = Complete(state, template);
        state = Applied(CaseFlow.Apply(state, template, Complete(state, template, actor: Ben), new DateTimeOffset(2026, 11, 28, 13, 5, 0, TimeSpan.Zero)));

        var refused = Assert.IsType<CaseRefused>(CaseFlow.Apply(state, template, annasCard, T0));

        Assert.Equal(RefusalCode.Stale, refused.Refusal.Code);
        Assert.Equal("Dieser Schritt wurde bereits von Ben Yilmaz am 28.11.2026 um 14:05 Uhr erledigt.", refused.Refusal.Message(German));
        Assert.Equal("This step was already completed by Ben Yilmaz on 28 Nov 2026 at 14:05.", refused.Refusal.Message(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public async Task Cancelled_AnyAction_RefusedNamingWhoCancelled()
    {
        var (state, template) = await StartAnsiedlungAsync();
        state = Applied(CaseFlow.Apply(state, template, On(new CancelCase { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "", Reason = "Unternehmen hat abgesagt" }, state), T0));

        var refused = Assert.IsType<CaseRefused>(CaseFlow.Apply(state, template, On(new PauseCase { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "" }, state), T0));

        Assert.Equal(CaseStatus.Cancelled, state.Status);
        Assert.Equal("Unternehmen hat abgesagt", state.CloseReason);
        Assert.Equal(RefusalCode.Closed, refused.Refusal.Code);
        Assert.Contains("Anna Schmidt", refused.Refusal.Message(German), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paused_CompleteRefused_ResumeThenComplete()
    {
        var (state, template) = await StartAnsiedlungAsync();
        state = Applied(CaseFlow.Apply(state, template, On(new PauseCase { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "" }, state), T0));

        Assert.Equal(RefusalCode.Paused, Assert.IsType<CaseRefused>(CaseFlow.Apply(state, template, Complete(state, template), T0)).Refusal.Code);

        state = Applied(CaseFlow.Apply(state, template, On(new ResumeCase { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "" }, state), T0));
        Assert.Equal("bedarf-klaeren", Applied(CaseFlow.Apply(state, template, Complete(state, template), T0)).CurrentStepId);
    }

    [Fact]
    public async Task PersonalCase_OtherUser_RefusedUntilAssigned()
    {
        var (state, template) = await StartAnsiedlungAsync();

        var refused = Assert.IsType<CaseRefused>(CaseFlow.Apply(state, template, Complete(state, template, actor: Ben), T0));
        Assert.Equal(RefusalCode.NotAMember, refused.Refusal.Code);
        Assert.Null(refused.State);
        Assert.DoesNotContain("Muster", refused.Refusal.Message(German), StringComparison.Ordinal);

        state = Applied(CaseFlow.Apply(state, template, On(new AssignStep { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "", Assignee = Ben }, state), T0));
        Assert.Equal("bedarf-klaeren", Applied(CaseFlow.Apply(state, template, Complete(state, template, actor: Ben) with { ConversationId = "a:1on1-ben" }, T0)).CurrentStepId);
    }

    [Fact]
    public async Task SharedCase_MemberOfOtherChat_Refused()
    {
        var (state, template) = await StartAnsiedlungAsync(shared: true);

        Assert.IsType<CaseApplied>(CaseFlow.Apply(state, template, Complete(state, template, actor: Ben), T0));
        var refused = Assert.IsType<CaseRefused>(CaseFlow.Apply(state, template, Complete(state, template, actor: Ben) with { ConversationId = "19:andere@thread.v2" }, T0));
        Assert.Equal(RefusalCode.NotAMember, refused.Refusal.Code);
    }

    [Fact]
    public async Task Tampered_UnknownFieldOrAnswer_RefusedNotInvalid()
    {
        var (state, template) = await StartAnsiedlungAsync();
        var command = Complete(state, template);

        var unknownField = CaseFlow.Apply(state, template, command with { Values = command.Values.Add("gehalt", "1") }, T0);
        var unknownAnswer = CaseFlow.Apply(state, template, command with { DecisionId = "ja" }, T0);
        var otherTenant = CaseFlow.Apply(state, template, command with { Tenant = "t2" }, T0);

        Assert.Equal(RefusalCode.Tampered, Assert.IsType<CaseRefused>(unknownField).Refusal.Code);
        Assert.Equal(RefusalCode.Tampered, Assert.IsType<CaseRefused>(unknownAnswer).Refusal.Code);
        Assert.Equal(RefusalCode.NotFound, Assert.IsType<CaseRefused>(otherTenant).Refusal.Code);
    }

    [Fact]
    public async Task Overdue_AfterDuration_MarkedUntilCompleted()
    {
        var (state, template) = await StartAnsiedlungAsync();

        Assert.False(state.IsOverdue(T0.AddHours(2)));
        Assert.True(state.IsOverdue(T0.AddHours(2).AddMinutes(1)));
        Assert.True(CaseSummary.Of(state, template).IsOverdue(T0.AddDays(1)));
        Assert.False(Walk(state, template, [null]).IsOverdue(T0.AddDays(1)));
    }

    [Fact]
    public async Task Report_ListsWhoWhenDataDecisionsAndOpenItems()
    {
        var (state, template) = await StartAnsiedlungAsync();
        state = Walk(state, template, null, null, "ja", "ja");
        var skip = On(new SkipStep { Tenant = "", Actor = Anna, ActivityId = "", CaseId = "", Reason = "Keine Förderung gewünscht" }, state);

        var report = CaseReport.Of(Applied(CaseFlow.Apply(state, template, skip, T0)), template);

        var first = report.Steps[0];
        Assert.Equal(CaseReport.StepOutcome.Completed, first.Outcome);
        Assert.Equal(Anna, first.By);
        Assert.Contains(first.Captured, c => c.Label == "Unternehmen bzw. Projektname" && c.Value == "Muster GmbH unternehmen");
        Assert.Equal("Ja – Besichtigung vereinbaren", report.Steps[2].Decision);
        Assert.Equal(CaseReport.StepOutcome.Skipped, report.Steps[4].Outcome);
        Assert.Equal("Keine Förderung gewünscht", report.Steps[4].SkipReason);
        Assert.Equal(Anna, report.Steps[4].By);
        Assert.NotEmpty(report.Steps[4].OpenItems);
        Assert.Equal(CaseReport.StepOutcome.Current, report.Steps[5].Outcome);
        Assert.Equal(CaseReport.StepOutcome.NotReached, report.Steps[^1].Outcome);
    }

    [Theory]
    [InlineData("P5D", 5 * 24)]
    [InlineData("P2W", 14 * 24)]
    [InlineData("PT4H", 4)]
    [InlineData("P1DT4H", 28)]
    public void StepDuration_IsoDuration_Hours(string duration, int hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), StepDuration.Parse(duration));

    [Theory]
    [InlineData("")]
    [InlineData("5 Tage")]
    [InlineData("P")]
    [InlineData("P1M")]
    public void StepDuration_NotADuration_Null(string duration) => Assert.Null(StepDuration.Parse(duration));
}

using System.Collections.Immutable;
using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Testing;

/// <summary>One case walked by hand at known moments: each command comes a given time after the one before.</summary>
public sealed class CaseScript
{
    private readonly ICaseDriver _driver;

    private CaseScript(ICaseDriver driver, CaseApplied started)
    {
        _driver = driver;
        State = started.State;
        At = started.Event.At;
        Events.Add(started.Event);
    }

    public CaseState State { get; private set; }
    public DateTimeOffset At { get; private set; }
    public List<CaseEvent> Events { get; } = [];

    public static async Task<CaseScript> StartAsync(ICaseDriver driver, string tenant, string templateId, DateTimeOffset at, string subject = "Muster GmbH") =>
        new(driver, await driver.StartAsync(CaseFactory.Start(tenant, templateId, subject: subject), at));

    public Task<CaseScript> CompleteAsync(TimeSpan after, string? decision = null, params (string Field, string Value)[] values) =>
        DoAsync(after, new CompleteStep
        {
            Tenant = "",
            Actor = CaseFactory.Anna,
            ActivityId = "",
            CaseId = "",
            DecisionId = decision,
            Values = values.ToImmutableDictionary(v => v.Field, v => v.Value),
            Locale = "de",
        });

    public Task<CaseScript> SkipAsync(TimeSpan after, string reason = "nicht nötig") =>
        DoAsync(after, new SkipStep { Tenant = "", Actor = CaseFactory.Anna, ActivityId = "", CaseId = "", Reason = reason });

    public Task<CaseScript> BackAsync(TimeSpan after) =>
        DoAsync(after, new GoBack { Tenant = "", Actor = CaseFactory.Anna, ActivityId = "", CaseId = "" });

    public Task<CaseScript> AssignAsync(TimeSpan after, Actor assignee) =>
        DoAsync(after, new AssignStep { Tenant = "", Actor = CaseFactory.Anna, ActivityId = "", CaseId = "", Assignee = assignee });

    public Task<CaseScript> CancelAsync(TimeSpan after, string reason) =>
        DoAsync(after, new CancelCase { Tenant = "", Actor = CaseFactory.Anna, ActivityId = "", CaseId = "", Reason = reason });

    private async Task<CaseScript> DoAsync(TimeSpan after, CaseCommand command)
    {
        At += after;
        var applied = await _driver.ExecuteAsync(State, CaseFactory.On(command, State), At);
        State = applied.State;
        Events.Add(applied.Event);
        return this;
    }
}

using WfTeams.Core.Processes;

namespace WfTeams.Core.Runs;

/// <summary>How a case moves along its template: entering a step, leaving one for the next or the end.</summary>
internal static class CasePath
{
    /// <summary>The step is done: on to where it leads, or the case is finished.</summary>
    public static CaseState Advance(CaseState state, ProcessTemplate template, ProcessStep step, string? decisionId, Actor actor, DateTimeOffset now)
    {
        var path = state.Path.Add(step.Id);
        if (CaseFlow.NextStepId(template, step, decisionId) is { } nextId)
        {
            return Enter(state with { Path = path }, template.Steps.First(s => s.Id == nextId), now);
        }

        return state with { Path = path, Status = CaseStatus.Finished, CurrentStepId = null, ClosedBy = actor, ClosedAt = now };
    }

    /// <summary>A step becomes current: a new visit with its own due date; what was entered on an earlier visit stays as a suggestion.</summary>
    public static CaseState Enter(CaseState state, ProcessStep step, DateTimeOffset now)
    {
        var previous = state.Step(step.Id);
        var entered = previous with
        {
            CompletedBy = null,
            CompletedAt = null,
            SkipReason = null,
            DecisionId = null,
            StartedAt = now,
            DueAt = StepDuration.DueAt(step.Duration, now, step.WorkingDays, WorkingCalendar.Current),
            Visits = previous.Visits + 1,
        };
        return state with { CurrentStepId = step.Id, Steps = state.Steps.SetItem(step.Id, entered) };
    }
}

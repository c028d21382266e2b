using System.Collections.Immutable;

namespace WfTeams.Core.Runs;

/// <summary>The commands that work on the current step: complete, save, back, skip, assign. One handler each.</summary>
internal static class StepCommands
{
    public static CaseOutcome Complete(CaseChange change, CompleteStep complete)
    {
        var (errors, ticked, values) = StepInput.Check(change.Step, change.CurrentStep, complete.Ticks, complete.Values, complete.DecisionId, requireAll: true, change.Culture);
        if (errors is null)
        {
            return change.Refuse(RefusalCode.Tampered, "ActionTampered");
        }

        if (errors.Count > 0)
        {
            return new CaseInvalid(errors, new StepDraft(ticked, complete.Values, complete.DecisionId), change.State, change.Template);
        }

        var done = change.CurrentStep with
        {
            Checked = ticked,
            Values = values,
            DecisionId = complete.DecisionId,
            CompletedBy = change.Actor,
            CompletedAt = change.Now,
            SkipReason = null,
        };
        var next = CasePath.Advance(change.Next with { Steps = change.Next.Steps.SetItem(change.Step.Id, done) }, change.Template, change.Step, complete.DecisionId, change.Actor, change.Now);
        return change.Applied(next, change.Recorded with { DecisionId = complete.DecisionId, Checked = ticked, Values = values, NextStepId = next.CurrentStepId });
    }

    public static CaseOutcome Save(CaseChange change, SaveStep save)
    {
        var (errors, ticked, values) = StepInput.Check(change.Step, change.CurrentStep, save.Ticks, save.Values, null, requireAll: false, change.Culture);
        if (errors is null)
        {
            return change.Refuse(RefusalCode.Tampered, "ActionTampered");
        }

        if (errors.Count > 0)
        {
            return new CaseInvalid(errors, new StepDraft(ticked, save.Values), change.State, change.Template);
        }

        var next = change.Next with { Steps = change.Next.Steps.SetItem(change.Step.Id, change.CurrentStep with { Checked = ticked, Values = values }) };
        return change.Applied(next, change.Recorded with { Kind = CaseEventKind.Saved, Checked = ticked, Values = values });
    }

    public static CaseOutcome Back(CaseChange change)
    {
        var path = change.State.Path;
        if (path.IsEmpty)
        {
            return change.Refuse(RefusalCode.AtFirstStep, "AtFirstStep");
        }

        var previous = change.Template.Steps.First(s => s.Id == path[^1]);
        var next = CasePath.Enter(change.Next with { Path = path.RemoveAt(path.Count - 1) }, previous, change.Now);
        return change.Applied(next, change.Recorded with { Kind = CaseEventKind.Back, NextStepId = previous.Id });
    }

    public static CaseOutcome Skip(CaseChange change, SkipStep skip)
    {
        if (change.Step.Decision is not null)
        {
            return change.Refuse(RefusalCode.CannotSkipDecision, "CannotSkipDecision");
        }

        var reason = skip.Reason.Trim();
        if (reason.Length == 0 || reason.Length > CaseFlow.MaxReasonChars || reason.Any(char.IsControl))
        {
            var key = reason.Length == 0 ? "SkipReasonRequired" : "FieldTooLong";
            return new CaseInvalid([new FieldError("reason", key)], new StepDraft([], ImmutableDictionary<string, string>.Empty, Reason: skip.Reason), change.State, change.Template);
        }

        var skipped = change.CurrentStep with { CompletedBy = change.Actor, CompletedAt = change.Now, SkipReason = reason, DecisionId = null };
        var next = CasePath.Advance(change.Next with { Steps = change.Next.Steps.SetItem(change.Step.Id, skipped) }, change.Template, change.Step, null, change.Actor, change.Now);
        return change.Applied(next, change.Recorded with { Kind = CaseEventKind.Skipped, Reason = reason, NextStepId = next.CurrentStepId });
    }

    public static CaseOutcome Assign(CaseChange change, AssignStep assign)
    {
        if (!assign.Assignee.IsValid || assign.Assignee.Name.Trim().Length == 0)
        {
            return new CaseInvalid([new FieldError("assignee", "AssigneeRequired")], new StepDraft([], ImmutableDictionary<string, string>.Empty), change.State, change.Template);
        }

        var next = change.Next with { Steps = change.Next.Steps.SetItem(change.Step.Id, change.CurrentStep with { Assignee = assign.Assignee }) };
        return change.Applied(next, change.Recorded with { Kind = CaseEventKind.Assigned, Assignee = assign.Assignee });
    }
}

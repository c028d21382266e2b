using System.Collections.Immutable;

namespace WfTeams.Core.Runs;

/// <summary>The commands that change the whole case's status: pause, resume, cancel. One handler each.</summary>
internal static class StatusCommands
{
    public static CaseOutcome Pause(CaseChange change)
    {
        if (change.State.Status == CaseStatus.Paused)
        {
            return change.Refuse(RefusalCode.Paused, "CasePaused", change.State.Subject);
        }

        return change.Applied(change.Next with { Status = CaseStatus.Paused }, change.Recorded with { Kind = CaseEventKind.Paused });
    }

    public static CaseOutcome Resume(CaseChange change)
    {
        if (change.State.Status != CaseStatus.Paused)
        {
            return change.Refuse(RefusalCode.NotPaused, "CaseNotPaused", change.State.Subject);
        }

        return change.Applied(change.Next with { Status = CaseStatus.Active }, change.Recorded with { Kind = CaseEventKind.Resumed });
    }

    public static CaseOutcome Cancel(CaseChange change, CancelCase cancel)
    {
        var reason = cancel.Reason?.Trim() is { Length: > 0 } given ? given : null;
        if (reason is not null && (reason.Length > CaseFlow.MaxReasonChars || reason.Any(char.IsControl)))
        {
            return new CaseInvalid([new FieldError("reason", "FieldTooLong")], new StepDraft([], ImmutableDictionary<string, string>.Empty, Reason: reason), change.State, change.Template);
        }

        var next = change.Next with { Status = CaseStatus.Cancelled, CurrentStepId = null, CloseReason = reason, ClosedBy = change.Actor, ClosedAt = change.Now };
        return change.Applied(next, change.Recorded with { Kind = CaseEventKind.Cancelled, Reason = reason, NextStepId = null });
    }
}

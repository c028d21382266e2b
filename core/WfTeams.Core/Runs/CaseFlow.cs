using WfTeams.Core.Processes;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Runs;

/// <summary>
/// The rules of a case, without I/O: a command and the current state give either the next state
/// plus the event that records it, or a refusal, or field errors. Storage makes it atomic.
/// </summary>
public static class CaseFlow
{
    public const int MaxReasonChars = 500;
    public const int MaxSubjectChars = 200;

    public static (CaseState State, CaseEvent Event) Start(StartCase command, ProcessTemplate template, string caseId, DateTimeOffset now)
    {
        var first = template.Steps[0];
        var state = new CaseState
        {
            Id = caseId,
            Tenant = command.Tenant,
            TemplateId = template.Id,
            TemplateVersion = template.Version,
            TemplateName = template.Name,
            Subject = command.Subject.Trim(),
            StartedBy = command.Actor,
            StartedAt = now,
            ConversationId = command.ConversationId,
            Shared = command.Shared,
            Status = CaseStatus.Active,
            Version = 1,
            UpdatedAt = now,
        };
        state = CasePath.Enter(state, first, now);
        var started = new CaseEvent
        {
            Sequence = 1,
            Kind = CaseEventKind.Started,
            Actor = command.Actor,
            At = now,
            ActivityId = command.ActivityId,
            Reason = state.Subject,
            NextStepId = first.Id,
        };
        return (state, started);
    }

    /// <summary>The subject is required, one line, at most 200 characters.</summary>
    public static FieldError? CheckSubject(string? subject) =>
        string.IsNullOrWhiteSpace(subject) ? new FieldError("subject", "SubjectRequired")
        : subject.Trim().Length > MaxSubjectChars || subject.Any(char.IsControl) ? new FieldError("subject", "FieldTooLong")
        : null;

    public static CaseOutcome Apply(CaseState state, ProcessTemplate template, CaseCommand command, DateTimeOffset now)
    {
        if (!string.Equals(state.Tenant, command.Tenant, StringComparison.Ordinal))
        {
            return new CaseRefused(new Refusal(RefusalCode.NotFound, "CaseNotFound"));
        }

        if (!state.Admits(command.Actor, command.ConversationId))
        {
            return new CaseRefused(new Refusal(RefusalCode.NotAMember, "NotACaseMember"));
        }

        if (!state.IsOpen)
        {
            return Refuse(state, template, ClosedRefusal(state));
        }

        if (Stale(state, command) is { } stale)
        {
            return Refuse(state, template, stale);
        }

        var step = template.Steps.First(s => s.Id == state.CurrentStepId);
        if (state.Status == CaseStatus.Paused && command is not (ResumeCase or CancelCase or AssignStep))
        {
            return Refuse(state, template, new Refusal(RefusalCode.Paused, "CasePaused", state.Subject));
        }

        var change = CaseChange.Of(state, template, step, command, now, Messages.Culture(command.Locale));
        return command switch
        {
            CompleteStep complete => StepCommands.Complete(change, complete),
            SaveStep save => StepCommands.Save(change, save),
            GoBack => StepCommands.Back(change),
            SkipStep skip => StepCommands.Skip(change, skip),
            AssignStep assign => StepCommands.Assign(change, assign),
            PauseCase => StatusCommands.Pause(change),
            ResumeCase => StatusCommands.Resume(change),
            CancelCase cancel => StatusCommands.Cancel(change, cancel),
            _ => change.Refuse(RefusalCode.UnknownVerb, "UnknownAction"),
        };
    }

    /// <summary>Where a step leads: the chosen answer, its explicit next, the following step; null ends the case.</summary>
    public static string? NextStepId(ProcessTemplate template, ProcessStep step, string? decisionId)
    {
        if (step.Decision is { } decision && decision.Options.FirstOrDefault(o => o.Id == decisionId) is { } option)
        {
            return option.End ? null : option.Next;
        }

        if (step.End)
        {
            return null;
        }

        if (step.Next is not null)
        {
            return step.Next;
        }

        var index = IndexOf(template, step.Id);
        return index + 1 < template.Steps.Count ? template.Steps[index + 1].Id : null;
    }

    public static int IndexOf(ProcessTemplate template, string stepId)
    {
        for (var i = 0; i < template.Steps.Count; i++)
        {
            if (template.Steps[i].Id == stepId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Why an action on a closed case changes nothing.</summary>
    public static Refusal ClosedRefusal(CaseState state) => state.Status == CaseStatus.Cancelled
        ? new Refusal(RefusalCode.Closed, "CaseWasCancelled", state.Subject, state.ClosedBy?.Name ?? "", state.ClosedAt ?? state.UpdatedAt)
        : new Refusal(RefusalCode.Closed, "CaseIsFinished", state.Subject, state.ClosedAt ?? state.UpdatedAt);

    /// <summary>The card was clicked on an older state: name who completed the step the card showed, if someone did.</summary>
    private static Refusal? Stale(CaseState state, CaseCommand command)
    {
        var versionMatches = command.ExpectedVersion is null || command.ExpectedVersion == state.Version;
        var stepMatches = command.ExpectedStepId is null || command.ExpectedStepId == state.CurrentStepId;
        if (versionMatches && stepMatches)
        {
            return null;
        }

        if (command.ExpectedStepId is { } stepId && state.Steps.TryGetValue(stepId, out var shown) && shown is { CompletedBy: { } by, CompletedAt: { } at })
        {
            return shown.SkipReason is null
                ? new Refusal(RefusalCode.Stale, "StepAlreadyCompleted", by.Name, at)
                : new Refusal(RefusalCode.Stale, "StepAlreadySkipped", by.Name, at);
        }

        return new Refusal(RefusalCode.Stale, "CardOutdated");
    }

    private static CaseRefused Refuse(CaseState state, ProcessTemplate template, Refusal refusal) => new(refusal, state, template);
}

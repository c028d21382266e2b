using System.Collections.Immutable;
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
        state = Enter(state, first, now);
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

        var culture = Messages.Culture(command.Locale);
        var next = state with { Version = state.Version + 1, UpdatedAt = now };
        var recorded = new CaseEvent
        {
            Sequence = next.Version,
            Kind = CaseEventKind.Completed,
            StepId = step.Id,
            Actor = command.Actor,
            At = now,
            ActivityId = command.ActivityId,
            NextStepId = state.CurrentStepId,
        };

        switch (command)
        {
            case CompleteStep complete:
            {
                var (errors, ticked, values) = StepInput.Check(step, state.Step(step.Id), complete.Ticks, complete.Values, complete.DecisionId, requireAll: true, culture);
                if (errors is null)
                {
                    return Refuse(state, template, new Refusal(RefusalCode.Tampered, "ActionTampered"));
                }

                if (errors.Count > 0)
                {
                    return new CaseInvalid(errors, new StepDraft(ticked, complete.Values, complete.DecisionId), state, template);
                }

                var done = state.Step(step.Id) with
                {
                    Checked = ticked,
                    Values = values,
                    DecisionId = complete.DecisionId,
                    CompletedBy = command.Actor,
                    CompletedAt = now,
                    SkipReason = null,
                };
                next = Advance(next with { Steps = next.Steps.SetItem(step.Id, done) }, template, step, complete.DecisionId, command.Actor, now);
                recorded = recorded with { DecisionId = complete.DecisionId, Checked = ticked, Values = values, NextStepId = next.CurrentStepId };
                break;
            }

            case SaveStep save:
            {
                var (errors, ticked, values) = StepInput.Check(step, state.Step(step.Id), save.Ticks, save.Values, null, requireAll: false, culture);
                if (errors is null)
                {
                    return Refuse(state, template, new Refusal(RefusalCode.Tampered, "ActionTampered"));
                }

                if (errors.Count > 0)
                {
                    return new CaseInvalid(errors, new StepDraft(ticked, save.Values), state, template);
                }

                next = next with { Steps = next.Steps.SetItem(step.Id, state.Step(step.Id) with { Checked = ticked, Values = values }) };
                recorded = recorded with { Kind = CaseEventKind.Saved, Checked = ticked, Values = values };
                break;
            }

            case GoBack:
            {
                if (state.Path.IsEmpty)
                {
                    return Refuse(state, template, new Refusal(RefusalCode.AtFirstStep, "AtFirstStep"));
                }

                var previous = template.Steps.First(s => s.Id == state.Path[^1]);
                next = Enter(next with { Path = state.Path.RemoveAt(state.Path.Count - 1) }, previous, now);
                recorded = recorded with { Kind = CaseEventKind.Back, NextStepId = previous.Id };
                break;
            }

            case SkipStep skip:
            {
                if (step.Decision is not null)
                {
                    return Refuse(state, template, new Refusal(RefusalCode.CannotSkipDecision, "CannotSkipDecision"));
                }

                var reason = skip.Reason.Trim();
                if (reason.Length == 0 || reason.Length > MaxReasonChars || reason.Any(char.IsControl))
                {
                    var key = reason.Length == 0 ? "SkipReasonRequired" : "FieldTooLong";
                    return new CaseInvalid([new FieldError("reason", key)], new StepDraft([], ImmutableDictionary<string, string>.Empty, Reason: skip.Reason), state, template);
                }

                var skipped = state.Step(step.Id) with { CompletedBy = command.Actor, CompletedAt = now, SkipReason = reason, DecisionId = null };
                next = Advance(next with { Steps = next.Steps.SetItem(step.Id, skipped) }, template, step, null, command.Actor, now);
                recorded = recorded with { Kind = CaseEventKind.Skipped, Reason = reason, NextStepId = next.CurrentStepId };
                break;
            }

            case AssignStep assign:
            {
                if (!assign.Assignee.IsValid || assign.Assignee.Name.Trim().Length == 0)
                {
                    return new CaseInvalid([new FieldError("assignee", "AssigneeRequired")], new StepDraft([], ImmutableDictionary<string, string>.Empty), state, template);
                }

                next = next with { Steps = next.Steps.SetItem(step.Id, state.Step(step.Id) with { Assignee = assign.Assignee }) };
                recorded = recorded with { Kind = CaseEventKind.Assigned, Assignee = assign.Assignee };
                break;
            }

            case PauseCase:
                if (state.Status == CaseStatus.Paused)
                {
                    return Refuse(state, template, new Refusal(RefusalCode.Paused, "CasePaused", state.Subject));
                }

                next = next with { Status = CaseStatus.Paused };
                recorded = recorded with { Kind = CaseEventKind.Paused };
                break;

            case ResumeCase:
                if (state.Status != CaseStatus.Paused)
                {
                    return Refuse(state, template, new Refusal(RefusalCode.NotPaused, "CaseNotPaused", state.Subject));
                }

                next = next with { Status = CaseStatus.Active };
                recorded = recorded with { Kind = CaseEventKind.Resumed };
                break;

            case CancelCase cancel:
            {
                var reason = cancel.Reason?.Trim() is { Length: > 0 } given ? given : null;
                if (reason is not null && (reason.Length > MaxReasonChars || reason.Any(char.IsControl)))
                {
                    return new CaseInvalid([new FieldError("reason", "FieldTooLong")], new StepDraft([], ImmutableDictionary<string, string>.Empty, Reason: reason), state, template);
                }

                next = next with { Status = CaseStatus.Cancelled, CurrentStepId = null, CloseReason = reason, ClosedBy = command.Actor, ClosedAt = now };
                recorded = recorded with { Kind = CaseEventKind.Cancelled, Reason = reason, NextStepId = null };
                break;
            }

            default:
                return Refuse(state, template, new Refusal(RefusalCode.UnknownVerb, "UnknownAction"));
        }

        return new CaseApplied(next, template, recorded);
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

    private static CaseState Advance(CaseState state, ProcessTemplate template, ProcessStep step, string? decisionId, Actor actor, DateTimeOffset now)
    {
        var path = state.Path.Add(step.Id);
        if (NextStepId(template, step, decisionId) is { } nextId)
        {
            return Enter(state with { Path = path }, template.Steps.First(s => s.Id == nextId), now);
        }

        return state with { Path = path, Status = CaseStatus.Finished, CurrentStepId = null, ClosedBy = actor, ClosedAt = now };
    }

    /// <summary>A step becomes current: a new visit with its own due date; what was entered on an earlier visit stays as a suggestion.</summary>
    private static CaseState Enter(CaseState state, ProcessStep step, DateTimeOffset now)
    {
        var previous = state.Step(step.Id);
        var entered = previous with
        {
            CompletedBy = null,
            CompletedAt = null,
            SkipReason = null,
            DecisionId = null,
            StartedAt = now,
            DueAt = StepDuration.DueAt(step.Duration, now),
            Visits = previous.Visits + 1,
        };
        return state with { CurrentStepId = step.Id, Steps = state.Steps.SetItem(step.Id, entered) };
    }
}

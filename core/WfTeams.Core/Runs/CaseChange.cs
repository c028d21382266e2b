using System.Globalization;
using WfTeams.Core.Processes;

namespace WfTeams.Core.Runs;

/// <summary>
/// One command being applied to an open case that passed the common checks (tenant, membership, open, not stale):
/// the state before, the current step, and the next version and its event as far as every command shares them.
/// </summary>
internal sealed record CaseChange(CaseState State, ProcessTemplate Template, ProcessStep Step, Actor Actor, DateTimeOffset Now, CultureInfo Culture)
{
    /// <summary>The state one version on; each command changes more.</summary>
    public CaseState Next { get; } = State with { Version = State.Version + 1, UpdatedAt = Now };

    /// <summary>The event of the next version; each command sets its kind and what it records.</summary>
    public CaseEvent Recorded { get; init; } = null!;

    public static CaseChange Of(CaseState state, ProcessTemplate template, ProcessStep step, CaseCommand command, DateTimeOffset now, CultureInfo culture) =>
        new(state, template, step, command.Actor, now, culture)
        {
            Recorded = new CaseEvent
            {
                Sequence = state.Version + 1,
                Kind = CaseEventKind.Completed,
                StepId = step.Id,
                Actor = command.Actor,
                At = now,
                ActivityId = command.ActivityId,
                NextStepId = state.CurrentStepId,
            },
        };

    public StepState CurrentStep => State.Step(Step.Id);

    public CaseRefused Refuse(Refusal refusal) => new(refusal, State, Template);

    public CaseRefused Refuse(RefusalCode code, string messageKey, params object?[] args) => Refuse(new Refusal(code, messageKey, args));

    public CaseApplied Applied(CaseState next, CaseEvent recorded) => new(next, Template, recorded);
}

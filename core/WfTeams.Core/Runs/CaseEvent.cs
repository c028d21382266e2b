using System.Collections.Immutable;

namespace WfTeams.Core.Runs;

/// <summary>One entry of the audit trail: who did what to which step, when, from which Teams activity.</summary>
public sealed record CaseEvent
{
    /// <summary>The case version this event produced (1 = started).</summary>
    public required int Sequence { get; init; }
    public required CaseEventKind Kind { get; init; }
    public string? StepId { get; init; }
    public required Actor Actor { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string ActivityId { get; init; }
    public string? DecisionId { get; init; }
    public ImmutableList<string>? Checked { get; init; }
    public ImmutableDictionary<string, string>? Values { get; init; }
    public string? Reason { get; init; }
    public Actor? Assignee { get; init; }

    /// <summary>The step that became current; null when the case ended.</summary>
    public string? NextStepId { get; init; }
}

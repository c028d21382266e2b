using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace WfTeams.Core.Runs;

/// <summary>What happened in one step: the latest visit (loops revisit steps; the events keep every visit).</summary>
public sealed record StepState
{
    public static readonly StepState Empty = new();

    public ImmutableList<string> Checked { get; init; } = [];
    public ImmutableDictionary<string, string> Values { get; init; } = ImmutableDictionary<string, string>.Empty;
    public string? DecisionId { get; init; }
    public Actor? CompletedBy { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public string? SkipReason { get; init; }
    public Actor? Assignee { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public int Visits { get; init; }

    [JsonIgnore] public bool IsDone => CompletedAt is not null;
}

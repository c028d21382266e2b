using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace WfTeams.Core.Runs;

/// <summary>
/// One case (Vorgang): a template version walked for one subject. The state changes only through
/// <see cref="CaseFlow"/>; every change raises <see cref="Version"/> by one and is one event.
/// </summary>
public sealed record CaseState
{
    public required string Id { get; init; }
    public required string Tenant { get; init; }
    public required string TemplateId { get; init; }
    public required int TemplateVersion { get; init; }
    public required string TemplateName { get; init; }
    public required string Subject { get; init; }
    public required Actor StartedBy { get; init; }
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The chat the case was started in; a group chat or channel shares the case with its members.</summary>
    public string? ConversationId { get; init; }

    public bool Shared { get; init; }
    public CaseStatus Status { get; init; }

    /// <summary>Null once the case is finished or cancelled.</summary>
    public string? CurrentStepId { get; init; }

    public int Version { get; init; }
    public ImmutableDictionary<string, StepState> Steps { get; init; } = ImmutableDictionary<string, StepState>.Empty;

    /// <summary>The steps completed or skipped on the way to the current one, oldest first: what "back" walks.</summary>
    public ImmutableList<string> Path { get; init; } = [];

    public string? CloseReason { get; init; }
    public Actor? ClosedBy { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    [JsonIgnore] public bool IsOpen => Status is CaseStatus.Active or CaseStatus.Paused;

    public StepState Step(string stepId) => Steps.TryGetValue(stepId, out var step) ? step : StepState.Empty;

    [JsonIgnore] public StepState? Current => CurrentStepId is null ? null : Step(CurrentStepId);

    /// <summary>Whether <paramref name="actor"/> may see and change the case from <paramref name="conversationId"/>.</summary>
    public bool Admits(Actor actor, string? conversationId) =>
        Shared
            ? string.Equals(conversationId, ConversationId, StringComparison.Ordinal)
            : actor.Is(StartedBy) || Steps.Values.Any(s => actor.Is(s.Assignee));

    /// <summary>Per step in template order: who, when, captured data, decision, open items (for the case report).</summary>
    public CaseReport Report(Processes.ProcessTemplate template) => CaseReport.Of(this, template);

    /// <summary>The current step is overdue at <paramref name="now"/>.</summary>
    public bool IsOverdue(DateTimeOffset now) => IsOpen && Current?.DueAt is { } due && now > due;
}

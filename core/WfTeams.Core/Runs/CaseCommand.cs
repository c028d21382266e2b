using System.Collections.Immutable;

namespace WfTeams.Core.Runs;

/// <summary>
/// An intent on an existing case, as the bot received it: who (in which tenant and chat), which
/// Teams activity triggered it (the exactly-once key), and what the card showed when clicked
/// (<see cref="ExpectedStepId"/>, <see cref="ExpectedVersion"/>; null for chat commands).
/// </summary>
public abstract record CaseCommand
{
    public required string Tenant { get; init; }
    public required Actor Actor { get; init; }
    public required string ActivityId { get; init; }
    public string? ConversationId { get; init; }
    public required string CaseId { get; init; }
    public string? ExpectedStepId { get; init; }
    public int? ExpectedVersion { get; init; }

    /// <summary>The user's locale; decides how an ambiguous number like "1.234" is read.</summary>
    public string? Locale { get; init; }
}

/// <summary>
/// Submit the current step: checklist toggles (ticked or not; items not on the card keep their state),
/// captured values (raw text from the card; fields not on the card keep their value) and the decision.
/// </summary>
public sealed record CompleteStep : CaseCommand
{
    public ImmutableDictionary<string, bool> Ticks { get; init; } = ImmutableDictionary<string, bool>.Empty;
    public ImmutableDictionary<string, string> Values { get; init; } = ImmutableDictionary<string, string>.Empty;
    public string? DecisionId { get; init; }
}

/// <summary>Keep what was entered so far without completing (a long step shown on several card pages).</summary>
public sealed record SaveStep : CaseCommand
{
    public ImmutableDictionary<string, bool> Ticks { get; init; } = ImmutableDictionary<string, bool>.Empty;
    public ImmutableDictionary<string, string> Values { get; init; } = ImmutableDictionary<string, string>.Empty;
}

public sealed record GoBack : CaseCommand;

public sealed record SkipStep : CaseCommand
{
    public required string Reason { get; init; }
}

public sealed record AssignStep : CaseCommand
{
    public required Actor Assignee { get; init; }
}

public sealed record PauseCase : CaseCommand;

public sealed record ResumeCase : CaseCommand;

public sealed record CancelCase : CaseCommand
{
    public string? Reason { get; init; }
}

/// <summary>Start a case from the released version of a template.</summary>
public sealed record StartCase
{
    public required string Tenant { get; init; }
    public required Actor Actor { get; init; }
    public required string ActivityId { get; init; }
    public string? ConversationId { get; init; }

    /// <summary>Started in a group chat or channel: the case belongs to that conversation's members.</summary>
    public bool Shared { get; init; }

    public required string TemplateId { get; init; }
    public required string Subject { get; init; }
}

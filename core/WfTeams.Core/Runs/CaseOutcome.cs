using System.Collections.Immutable;
using System.Globalization;
using WfTeams.Core.Processes;
using WfTeams.Core.Resources;

namespace WfTeams.Core.Runs;

/// <summary>What a command did: applied (the new state), refused (why, nothing changed) or invalid input at fields.</summary>
public abstract record CaseOutcome;

/// <param name="Duplicate">The triggering activity had been applied before (a Teams retry): nothing new happened.</param>
public sealed record CaseApplied(CaseState State, ProcessTemplate Template, CaseEvent Event, bool Duplicate = false) : CaseOutcome;

/// <summary>A case looked at, not changed.</summary>
public sealed record CaseFound(CaseState State, ProcessTemplate Template) : CaseOutcome;

/// <summary>Nothing changed. <see cref="State"/> is the current case when the caller may see it (to re-send its card).</summary>
public sealed record CaseRefused(Refusal Refusal, CaseState? State = null, ProcessTemplate? Template = null) : CaseOutcome;

/// <summary>Nothing saved: the step card again, with what was entered and the errors at the fields.</summary>
public sealed record CaseInvalid(IReadOnlyList<FieldError> Errors, StepDraft Draft, CaseState State, ProcessTemplate Template) : CaseOutcome;

/// <summary>What the user entered on a step card, kept to show the card again.</summary>
public sealed record StepDraft(ImmutableList<string> Checked, ImmutableDictionary<string, string> Values, string? DecisionId = null, string? Reason = null);

public enum RefusalCode
{
    NotFound,
    NotAMember,
    Stale,
    Closed,
    Paused,
    NotPaused,
    AtFirstStep,
    CannotSkipDecision,
    TemplateNotReleased,
    Tampered,
    UnknownVerb,
    TooLarge,
}

/// <summary>Why a command changed nothing, as a message in the user's language.</summary>
public sealed record Refusal(RefusalCode Code, string MessageKey, params object?[] Args)
{
    public string Message(CultureInfo? culture) => Messages.Format(MessageKey, culture, Args.Select(a => CaseTime.ForDisplay(a)).ToArray());
}

/// <summary>An input on the card that is wrong: <see cref="InputId"/> is the card input's id (f.{field}, c.{item}, decision, reason, assignee).</summary>
public sealed record FieldError(string InputId, string MessageKey, params object?[] Args)
{
    public string Message(CultureInfo? culture) => Messages.Format(MessageKey, culture, Args);
}

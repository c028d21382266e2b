using WfTeams.Core.Processes;

namespace WfTeams.Core.Runs;

/// <summary>Nothing saved: the step card again, with what was entered and the errors at the fields.</summary>
public sealed record CaseInvalid(IReadOnlyList<FieldError> Errors, StepDraft Draft, CaseState State, ProcessTemplate Template) : CaseOutcome;

using WfTeams.Core.Processes;

namespace WfTeams.Core.Runs;

/// <param name="Duplicate">The triggering activity had been applied before (a Teams retry): nothing new happened.</param>
public sealed record CaseApplied(CaseState State, ProcessTemplate Template, CaseEvent Event, bool Duplicate = false) : CaseOutcome;

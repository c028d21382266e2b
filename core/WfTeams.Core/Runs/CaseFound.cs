using WfTeams.Core.Processes;

namespace WfTeams.Core.Runs;

/// <summary>A case looked at, not changed.</summary>
public sealed record CaseFound(CaseState State, ProcessTemplate Template) : CaseOutcome;

using WfTeams.Core.Processes;

namespace WfTeams.Core.Runs;

/// <summary>Nothing changed. <see cref="State"/> is the current case when the caller may see it (to re-send its card).</summary>
public sealed record CaseRefused(Refusal Refusal, CaseState? State = null, ProcessTemplate? Template = null) : CaseOutcome;

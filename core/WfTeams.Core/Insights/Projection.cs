using WfTeams.Core.Processes;
using WfTeams.Core.Runs;

namespace WfTeams.Core.Insights;

/// <summary>A stored change of a case that the figures must take in: the case, its template version and the event.</summary>
public sealed record Projection(string CaseId, ProcessTemplate Template, CaseEvent Recorded);

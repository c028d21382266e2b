using WfTeams.Core.Processes;

namespace WfTeams.Core.Insights;

/// <summary>A template KPI beside what the cases measured for it (<see cref="Actual"/> null when not measured or no data).</summary>
public sealed record KpiFigure(Kpi Kpi, decimal? Actual, KpiStatus Status);

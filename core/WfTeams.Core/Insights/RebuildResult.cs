namespace WfTeams.Core.Insights;

/// <summary>What a rebuild recomputed: cases read, processes whose figures it wrote.</summary>
public sealed record RebuildResult(int Cases, int Processes);

namespace WfTeams.Core.Insights;

/// <summary>Something counted: a loop "from > to" or a cancellation reason, and how often.</summary>
public sealed record CountFigure(string Name, long Times);

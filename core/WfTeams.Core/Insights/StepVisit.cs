namespace WfTeams.Core.Insights;

/// <summary>One visit of a step in a case: when it became current, when and how it was left, whether late, who had it (editors only).</summary>
public sealed record StepVisit(string StepId, string Title, DateTimeOffset Entered, DateTimeOffset? Left, VisitOutcome Outcome, bool Overdue, string? Assignee);

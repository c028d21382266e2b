namespace WfTeams.Core.Insights;

/// <summary>One step's figures over a period, and the cases waiting in it now.</summary>
public sealed record StepFigure(
    string StepId,
    string Title,
    long Entered,
    long Completed,
    long Skipped,
    long Reentered,
    TimeSpan? MedianCurrent,
    TimeSpan? P90Current,
    TimeSpan? MedianAfterAssignment,
    double? OverdueRate,
    long Waiting,
    TimeSpan? MeanWait);

namespace WfTeams.Core.Runs;

/// <summary>A row of <see cref="DueSteps"/>: at <see cref="At"/>, something about step <see cref="StepId"/> (its visit <see cref="Visit"/>) of a case is due.</summary>
public sealed record DueEntry(string PartitionKey, string RowKey, string CaseId, DueKind Kind, string StepId, int Visit, DateTimeOffset At);

namespace WfTeams.Core.Runs;

public sealed record AssignStep : CaseCommand
{
    public required Actor Assignee { get; init; }
}

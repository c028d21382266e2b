namespace WfTeams.Core.Runs;

public sealed record CancelCase : CaseCommand
{
    public string? Reason { get; init; }
}

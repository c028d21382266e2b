namespace WfTeams.Core.Runs;

public sealed record SkipStep : CaseCommand
{
    public required string Reason { get; init; }
}

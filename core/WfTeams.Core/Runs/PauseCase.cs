namespace WfTeams.Core.Runs;

public sealed record PauseCase : CaseCommand;

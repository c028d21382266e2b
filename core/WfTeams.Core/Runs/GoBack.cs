namespace WfTeams.Core.Runs;

public sealed record GoBack : CaseCommand;

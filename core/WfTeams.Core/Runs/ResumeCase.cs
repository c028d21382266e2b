namespace WfTeams.Core.Runs;

public sealed record ResumeCase : CaseCommand;
